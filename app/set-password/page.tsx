import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/account/set-password-form";
import { SignInShell } from "@/components/auth/sign-in-shell";
import { Button } from "@/components/ui/button";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import { checkPasswordToken } from "@/lib/server/users/password-tokens";

// The token is in this page's address: no referrer may carry it to another site.
export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

const refusals = {
  expired: "This link has expired, or a newer one was sent since.",
  used: "This link was already used: a password was set with it.",
  unknown: "Its address may have been cut off when it was copied.",
} as const;

/** Where an invitation or a reset link lands: who it is for, and the new password twice. Public. */
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const token = firstParam((await searchParams).token) ?? "";
  const check = await checkPasswordToken(token);
  if (check.status !== "valid")
    return (
      <SignInShell
        title={check.status === "unknown" ? "This link is not valid" : "This link no longer works"}
      >
        <div className="grid gap-4" data-testid="set-password-refused">
          <p className="text-sm text-muted-foreground">
            {refusals[check.status]} Ask your Coverwatch admin to send you a new one.
          </p>
          <Button variant="outline" asChild>
            <Link href="/signin">Go to sign in</Link>
          </Button>
        </div>
      </SignInShell>
    );
  return (
    <SignInShell
      title={check.purpose === "INVITE" ? "Choose your password" : "Set a new password"}
      description={
        <span data-testid="set-password-for">
          For {check.user.name} ({check.user.email})
        </span>
      }
    >
      <SetPasswordForm token={token} email={check.user.email} />
    </SignInShell>
  );
}
