import {
  LoadingPage,
  PageHeaderSkeleton,
  TableSkeleton,
  ToolbarSkeleton,
} from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <LoadingPage label="Loading violations…">
      <PageHeaderSkeleton />
      <ToolbarSkeleton filters={5} />
      <TableSkeleton rows={10} columns={5} />
    </LoadingPage>
  );
}
