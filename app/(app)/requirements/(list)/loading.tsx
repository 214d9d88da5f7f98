import { LoadingPage, PageHeaderSkeleton, TableSkeleton } from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <LoadingPage label="Loading requirement profiles…">
      <PageHeaderSkeleton actions={1} />
      <TableSkeleton rows={4} columns={4} />
    </LoadingPage>
  );
}
