import { Lock } from "lucide-react";
import Link from "next/link";
import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";

// Outside the shell: the app's layout itself refused (no dashboard permission), so it cannot frame the page.
export default function Forbidden() {
  return (
    <main>
      <StatusPage
        isStandalone
        testId="forbidden"
        icon={<Lock />}
        code="403"
        title="Not allowed"
        description="Your role does not allow this page. Ask an admin if you need access."
        actions={
          <Button asChild>
            <Link href="/">Back to the dashboard</Link>
          </Button>
        }
      />
    </main>
  );
}
