"use client";

import { useState } from "react";

/** The Ignition link, to open here or copy and send to the borrower. */
export function CopyLink({ href }: { href: string }) {
  const [isCopied, setIsCopied] = useState(false);
  return (
    <div className="flex items-center gap-2">
      <a
        href={href}
        target="_blank"
        rel="noreferrer"
        className="truncate text-blue-800 underline"
        data-testid="ignition-link"
      >
        {href}
      </a>
      <button
        type="button"
        className="shrink-0 rounded border border-slate-300 px-2 py-1 text-xs"
        onClick={async () => {
          await navigator.clipboard.writeText(href);
          setIsCopied(true);
        }}
      >
        {isCopied ? "Copied" : "Copy"}
      </button>
    </div>
  );
}
