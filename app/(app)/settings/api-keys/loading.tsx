import {
  CardSkeleton,
  LoadingPage,
  PageHeaderSkeleton,
  TableSkeleton,
} from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <LoadingPage label="Loading the API keys…">
      <PageHeaderSkeleton />
      <CardSkeleton lines={2} className="mb-6" />
      <TableSkeleton rows={3} columns={5} />
    </LoadingPage>
  );
}
