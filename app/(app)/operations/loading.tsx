import { CardSkeleton, ListPageSkeleton } from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <ListPageSkeleton label="Loading operations…" actions={1} filters={4} rows={10} columns={6}>
      <CardSkeleton lines={3} />
    </ListPageSkeleton>
  );
}
