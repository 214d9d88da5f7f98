import { ListPageSkeleton } from "@/components/shell/page-skeletons";

export default function Loading() {
  return <ListPageSkeleton label="Loading borrowers…" actions={2} filters={4} rows={12} columns={7} />;
}
