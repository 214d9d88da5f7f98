import {
  CardSkeleton,
  LoadingPage,
  PageHeaderSkeleton,
  placeholders,
} from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <LoadingPage label="Loading email…">
      <PageHeaderSkeleton />
      <div className="flex flex-col gap-3">
        {placeholders(4).map((key) => (
          <CardSkeleton key={key} lines={3} />
        ))}
      </div>
    </LoadingPage>
  );
}
