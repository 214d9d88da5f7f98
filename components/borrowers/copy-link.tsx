"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/sonner";

/** The Ignition link, to open here or copy and send to the borrower. */
export function CopyLink({ href }: { href: string }) {
  const [isCopied, setIsCopied] = useState(false);
  return (
    <div className="flex min-w-0 items-center gap-2 rounded-md border border-border bg-muted/40 py-1 pr-1 pl-3">
      <a
        href={href}
        target="_blank"
        rel="noreferrer"
        className="min-w-0 flex-1 truncate text-sm text-primary underline-offset-4 hover:underline"
        data-testid="ignition-link"
      >
        {href}
      </a>
      <Button
        type="button"
        variant="ghost"
        size="sm"
        aria-label="Copy the Ignition link"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(href);
            setIsCopied(true);
            toast.success("Link copied. Paste it into a message to the borrower.");
          } catch {
            toast.error("The browser did not allow copying. Select the link and copy it.");
          }
        }}
      >
        {isCopied ? <Check aria-hidden /> : <Copy aria-hidden />}
        {isCopied ? "Copied" : "Copy"}
      </Button>
    </div>
  );
}
