"use client";

import { CircleCheck } from "lucide-react";
import { useEffect } from "react";
import { toast } from "@/components/ui/sonner";

/** After a save (the editor redirects here with `?saved=1`): the result inline, and once as a toast. */
export function ProfileSavedNotice({ version }: { version: number }) {
  const message = `Saved as version ${version}. Its borrowers were evaluated again.`;
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
