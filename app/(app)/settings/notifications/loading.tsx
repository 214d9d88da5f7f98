import { FormSkeleton, LoadingPage, PageHeaderSkeleton } from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <LoadingPage label="Loading your notification settings…">
      <PageHeaderSkeleton />
      <FormSkeleton fields={3} />
    </LoadingPage>
  );
}
