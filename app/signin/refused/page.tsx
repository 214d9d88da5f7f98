import type { Metadata } from "next";
import Link from "next/link";
import { SignInShell } from "@/components/auth/sign-in-shell";
import { buttonVariants } from "@/components/ui/button";
import { ssoRefusalMessage } from "@/lib/auth/sso-refusal-messages";
import { readSsoRefusal } from "@/lib/server/auth/sso-refusal-link";

export const metadata: Metadata = { title: "Not signed in" };

export default async function SsoRefusedPage({
  searchParams,
}: {
  searchParams: Promise<{ reason?: string; email?: string; sig?: string }>;
}) {
  const refusal = readSsoRefusal(await searchParams);
  const message = ssoRefusalMessage(refusal.reason, refusal.email);
  return (
    <SignInShell title={message.title}>
      <div className="grid gap-4" data-testid="sso-refused" data-reason={refusal.reason}>
        <p className="text-sm text-foreground wrap-anywhere">{message.body}</p>
        <Link href="/signin" className={buttonVariants({ variant: "outline", className: "w-full" })}>
          Back to sign in
        </Link>
      </div>
    </SignInShell>
  );
}
