import { CardSkeleton, LoadingPage, PageHeaderSkeleton } from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <LoadingPage label="Loading the borrower…">
      <PageHeaderSkeleton hasBreadcrumbs actions={2} />
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="flex flex-col gap-6 xl:col-span-2">
          <CardSkeleton lines={4} />
          <CardSkeleton lines={6} />
        </div>
        <div className="flex flex-col gap-6">
          <CardSkeleton lines={3} />
          <CardSkeleton lines={5} />
        </div>
      </div>
    </LoadingPage>
  );
}
