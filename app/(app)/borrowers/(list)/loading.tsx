import {
  LoadingPage,
  PageHeaderSkeleton,
  TableSkeleton,
  ToolbarSkeleton,
} from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <LoadingPage label="Loading borrowers…">
      <PageHeaderSkeleton actions={2} />
      <ToolbarSkeleton filters={4} />
      <TableSkeleton rows={12} columns={7} />
    </LoadingPage>
  );
}
