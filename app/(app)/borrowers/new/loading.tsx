import { FormSkeleton, LoadingPage, PageHeaderSkeleton } from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <LoadingPage label="Loading the new borrower form…">
      <PageHeaderSkeleton hasBreadcrumbs />
      <FormSkeleton fields={6} columns={2} />
    </LoadingPage>
  );
}
