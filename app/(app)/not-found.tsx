import { NotFoundPage } from "@/components/shell/refusal-pages";

export default function NotFound() {
  return <NotFoundPage />;
}
