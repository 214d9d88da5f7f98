import { FileQuestion } from "lucide-react";
import Link from "next/link";
import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";

// Outside the shell (a notFound() thrown above the app's layout): a page that stands on its own.
export default function NotFound() {
  return (
    <main>
      <StatusPage
        isStandalone
        testId="not-found"
        icon={<FileQuestion />}
        code="404"
        title="Not found"
        description="There is nothing at this address, or you cannot see it."
        actions={
          <Button asChild>
            <Link href="/">Back to the dashboard</Link>
          </Button>
        }
      />
    </main>
  );
}
