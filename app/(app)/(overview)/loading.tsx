import {
  LoadingPage,
  PageHeaderSkeleton,
  StatCardsSkeleton,
  TableSkeleton,
} from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <LoadingPage label="Loading the overview…">
      <PageHeaderSkeleton />
      <StatCardsSkeleton />
      <TableSkeleton rows={6} columns={6} />
    </LoadingPage>
  );
}
