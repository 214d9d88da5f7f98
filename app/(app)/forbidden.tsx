import { ForbiddenPage } from "@/components/shell/refusal-pages";

export default function Forbidden() {
  return <ForbiddenPage />;
}
