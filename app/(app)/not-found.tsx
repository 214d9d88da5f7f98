import { FileQuestion } from "lucide-react";
import Link from "next/link";
import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <StatusPage
      testId="not-found"
      icon={<FileQuestion />}
      code="404"
      title="Not found"
      description="There is nothing at this address, or you cannot see it. Check the link, or search with Ctrl K."
      actions={
        <Button asChild>
          <Link href="/">Back to the overview</Link>
        </Button>
      }
    />
  );
}
