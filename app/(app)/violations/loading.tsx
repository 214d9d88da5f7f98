import { ListPageSkeleton } from "@/components/shell/page-skeletons";

export default function Loading() {
  return <ListPageSkeleton label="Loading violations…" filters={5} rows={10} columns={5} />;
}
