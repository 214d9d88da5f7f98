import { FormSkeleton, LoadingPage, PageHeaderSkeleton } from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <LoadingPage label="Loading the profile editor…">
      <PageHeaderSkeleton hasBreadcrumbs />
      <FormSkeleton fields={8} columns={2} />
    </LoadingPage>
  );
}
