import { notFound } from "next/navigation";

// Any address no route claims: answering from inside the (app) group renders the 404 within the shell.
export default function MissingPage() {
  notFound();
}
