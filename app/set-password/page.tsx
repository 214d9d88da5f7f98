import { LinkIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/account/set-password-form";
import { Brand } from "@/components/shell/brand";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import { checkPasswordToken } from "@/lib/server/users/password-tokens";

// The token is in this page's address: no referrer may carry it to another site.
export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

const refusals = {
  expired: "This link has expired, or a newer one was sent since.",
  used: "This link was already used: a password was set with it.",
  unknown: "This link is not valid.",
} as const;

/** Where an invitation or a reset link lands: who it is for, and the new password twice. Public. */
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const token = firstParam((await searchParams).token) ?? "";
  const check = await checkPasswordToken(token);
  return (
    <div className="relative flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="absolute top-3 right-3">
        <ThemeToggle />
      </div>
      <main className="w-full max-w-sm">
        <Brand className="mb-6 justify-center text-base" />
        {check.status === "valid" ? (
          <Card>
            <CardHeader className="pb-4">
              <h1 className="text-title">
                {check.purpose === "INVITE" ? "Choose your password" : "Set a new password"}
              </h1>
              <CardDescription data-testid="set-password-for">
                For {check.user.name} ({check.user.email})
              </CardDescription>
            </CardHeader>
            <CardContent>
              <SetPasswordForm token={token} email={check.user.email} />
            </CardContent>
          </Card>
        ) : (
          <EmptyState
            testId="set-password-refused"
            titleAs="h1"
            icon={<LinkIcon />}
            title="This link no longer works"
            description={`${refusals[check.status]} Ask your Coverwatch admin to send you a new one.`}
            action={
              <Button variant="outline" asChild>
                <Link href="/signin">Go to sign in</Link>
              </Button>
            }
          />
        )}
      </main>
    </div>
  );
}
