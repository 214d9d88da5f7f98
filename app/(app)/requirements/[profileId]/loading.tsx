import {
  CardSkeleton,
  FormSkeleton,
  LoadingPage,
  PageHeaderSkeleton,
} from "@/components/shell/page-skeletons";

export default function Loading() {
  return (
    <LoadingPage label="Loading the requirement profile…">
      <PageHeaderSkeleton hasBreadcrumbs actions={2} />
      <CardSkeleton lines={5} />
      <FormSkeleton fields={6} columns={2} />
    </LoadingPage>
  );
}
