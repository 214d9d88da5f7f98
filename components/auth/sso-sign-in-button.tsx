"use client";

import { KeyRound, Loader2 } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { sameOriginPath } from "@/lib/auth/same-origin-path";

/** Starts single sign-on: next-auth sends the browser to the identity provider and back. */
export function SsoSignInButton({ providerId, name }: { providerId: string; name: string }) {
  const searchParams = useSearchParams();
  const [isPending, setIsPending] = useState(false);

  function onClick() {
    setIsPending(true);
    void signIn(providerId, {
      callbackUrl: sameOriginPath(searchParams.get("callbackUrl"), window.location.origin),
    });
  }

  return (
    <Button type="button" onClick={onClick} disabled={isPending} className="w-full" data-testid="signin-sso">
      {isPending ? <Loader2 aria-hidden className="animate-spin" /> : <KeyRound aria-hidden />}
      {isPending ? `Redirecting to ${name}…` : `Sign in with ${name}`}
    </Button>
  );
}
