import { ForbiddenPage } from "@/components/shell/refusal-pages";

// Outside the shell: the app's layout itself refused (no dashboard permission), so it cannot frame the page.
export default function Forbidden() {
  return <ForbiddenPage isStandalone />;
}
