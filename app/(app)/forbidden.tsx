import { Lock } from "lucide-react";
import Link from "next/link";
import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <StatusPage
      testId="forbidden"
      icon={<Lock />}
      code="403"
      title="Not allowed"
      description="Your role does not allow this page. Ask an admin if you need access."
      actions={
        <Button asChild>
          <Link href="/">Back to the overview</Link>
        </Button>
      }
    />
  );
}
