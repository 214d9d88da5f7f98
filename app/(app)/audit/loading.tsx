import {
  LoadingPage,
  PageHeaderSkeleton,
  TableSkeleton,
  ToolbarSkeleton,
} from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <LoadingPage label="Loading the audit log…">
      <PageHeaderSkeleton actions={1} />
      <ToolbarSkeleton filters={5} />
      <TableSkeleton rows={12} columns={4} />
    </LoadingPage>
  );
}
