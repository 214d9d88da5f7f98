"use client";

import { Check, Copy, KeyRound } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A signing secret shown the one time it exists in the clear, with a copy button. */
export function SecretReveal({ secret, note }: { secret: string; note: string }) {
  const [isCopied, setCopied] = useState(false);
  return (
    <div
      className="grid gap-2 rounded-lg border border-warning-foreground/30 bg-warning-soft p-4 text-sm"
      data-testid="webhook-secret-reveal"
    >
      <p className="flex items-center gap-2 font-medium text-warning-foreground">
        <KeyRound aria-hidden className="size-4" /> Signing secret: copy it now
      </p>
      <p className="text-foreground">{note}</p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          className="min-w-0 break-all rounded bg-card px-2 py-1 font-mono text-xs"
          data-testid="webhook-secret"
        >
          {secret}
        </code>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={async () => {
            await navigator.clipboard?.writeText(secret).catch(() => {});
            setCopied(true);
          }}
        >
          {isCopied ? <Check aria-hidden /> : <Copy aria-hidden />} {isCopied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}
