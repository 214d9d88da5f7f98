import { LoadingPage, PageHeaderSkeleton, TableSkeleton } from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <LoadingPage label="Loading the delivery log…">
      <PageHeaderSkeleton hasBreadcrumbs actions={2} />
      <TableSkeleton rows={8} columns={6} />
    </LoadingPage>
  );
}
