import { NotFoundPage } from "@/components/shell/refusal-pages";

// Outside the shell (a notFound() thrown above the app's layout): a page that stands on its own.
export default function NotFound() {
  return <NotFoundPage isStandalone />;
}
