"use client";

import { RotateCw, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";

type ErrorPageProps = { error: unknown; retry?: () => void; reset?: () => void };

/**
 * A page failed to render. The server's message may hold details, so only the digest is shown: support finds
 * the full error in the log by it.
 */
export default function ErrorPage({ error, retry, reset }: ErrorPageProps) {
  const digest =
    error && typeof error === "object" && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : null;
  return (
    <StatusPage
      testId="error"
      icon={<TriangleAlert />}
      title="Something went wrong"
      description={
        <>
          <p>This page could not be shown. Trying again often helps; if it keeps failing, tell support.</p>
          {digest && (
            <p className="mt-3">
              Reference{" "}
              <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs text-foreground">
                {digest}
              </code>
            </p>
          )}
        </>
      }
      actions={
        <>
          <Button onClick={() => (retry ?? reset)?.()} data-testid="error-retry">
            <RotateCw aria-hidden />
            Try again
          </Button>
          <Button variant="outline" asChild>
            <Link href="/">Back to the overview</Link>
          </Button>
        </>
      }
    />
  );
}
