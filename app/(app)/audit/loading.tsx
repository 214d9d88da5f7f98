import { ListPageSkeleton } from "@/components/shell/page-skeletons";

export default function Loading() {
  return <ListPageSkeleton label="Loading the audit log…" actions={1} filters={5} rows={12} columns={4} />;
}
