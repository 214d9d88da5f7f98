import { CardSkeleton, LoadingPage, PageHeaderSkeleton } from "@/components/shell/page-skeletons";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingPage label="Loading the import page…">
      <PageHeaderSkeleton hasBreadcrumbs />
      <div className="flex max-w-3xl flex-col gap-4 rounded-lg border border-border bg-card p-5">
        <Skeleton className="h-32 w-full rounded-lg" />
        <div className="flex gap-2">
          <Skeleton className="h-9 w-32" />
          <Skeleton className="h-9 w-40" />
        </div>
      </div>
      <CardSkeleton lines={4} className="max-w-3xl" />
    </LoadingPage>
  );
}
