import { FileQuestion, Lock } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { StatusPage } from "./status-page";

// The 404 and 403 pages, inside the shell (app/(app)) or standing alone (app/, when the shell itself could not
// render): the same words either way.

type Props = { isStandalone?: boolean };

const backHome = (
  <Button asChild>
    <Link href="/">Back to the overview</Link>
  </Button>
);

function Frame({ isStandalone, children }: Props & { children: ReactNode }) {
  return isStandalone ? <main>{children}</main> : children;
}

export function NotFoundPage({ isStandalone = false }: Props) {
  return (
    <Frame isStandalone={isStandalone}>
      <StatusPage
        isStandalone={isStandalone}
        testId="not-found"
        icon={<FileQuestion />}
        code="404"
        title="Not found"
        description="There is nothing at this address, or you cannot see it. Check the link, or search with Ctrl K."
        actions={backHome}
      />
    </Frame>
  );
}

export function ForbiddenPage({ isStandalone = false }: Props) {
  return (
    <Frame isStandalone={isStandalone}>
      <StatusPage
        isStandalone={isStandalone}
        testId="forbidden"
        icon={<Lock />}
        code="403"
        title="Not allowed"
        description="Your role does not allow this page. Ask an admin if you need access."
        actions={backHome}
      />
    </Frame>
  );
}
