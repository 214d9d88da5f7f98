import { CardSkeleton, LoadingPage } from "@/components/shell/page-skeletons";

// The record's header and tabs stay in place (they are the layout's); only the open tab's content waits.
export default function Loading() {
  return (
    <LoadingPage label="Loading the tab…">
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
