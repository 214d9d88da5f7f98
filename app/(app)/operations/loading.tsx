import {
  CardSkeleton,
  LoadingPage,
  PageHeaderSkeleton,
  TableSkeleton,
  ToolbarSkeleton,
} from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <LoadingPage label="Loading operations…">
      <PageHeaderSkeleton actions={1} />
      <CardSkeleton lines={3} />
      <ToolbarSkeleton filters={4} />
      <TableSkeleton rows={10} columns={6} />
    </LoadingPage>
  );
}
