"use client";

import { CircleCheck } from "lucide-react";
import { useEffect } from "react";
import { toast } from "@/components/ui/sonner";
import { formatCount } from "@/lib/format-human";

/**
 * After a save (the editor redirects here with `?saved=1`): the result inline, and once as a toast. The
 * borrowers' re-evaluation runs as a job; its progress panel sits beside this notice.
 */
export function ProfileSavedNotice({ version, borrowers }: { version: number; borrowers: number }) {
  const message = `Saved as version ${version}. ${
    borrowers === 0
      ? "No borrower follows it yet."
      : `${borrowers === 1 ? "Its borrower is" : `Its ${formatCount(borrowers)} borrowers are`} being evaluated against it.`
  }`;
  useEffect(() => {
    toast.success(message, { id: `profile-saved-${version}` });
  }, [message, version]);
  return (
    <p
      role="status"
      className="flex items-center gap-2 rounded-md border border-success/30 bg-success-soft px-3 py-2 text-sm text-success-foreground"
    >
      <CircleCheck aria-hidden className="size-4 shrink-0" />
      <span data-testid="profile-saved">{message}</span>
    </p>
  );
}
