import { CardSkeleton, LoadingPage } from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <LoadingPage label="Checking your link…">
          <CardSkeleton lines={4} />
        </LoadingPage>
      </div>
    </div>
  );
}
