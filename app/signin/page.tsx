import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { SignInAlert } from "@/components/auth/sign-in-alert";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SignInShell } from "@/components/auth/sign-in-shell";
import { SsoSignInButton } from "@/components/auth/sso-sign-in-button";
import { oidcSettingsFrom } from "@/lib/auth/sign-in-env";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { oidcProviderId } from "@/lib/server/auth/oidc-provider";
import { env } from "@/lib/server/env";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  if (await getCurrentUser()) redirect("/");
  const query = await searchParams;
  const error = signInErrorMessage(query.error);
  const isPasswordSet = firstParam(query.notice) === "password-set";
  const sso = oidcSettingsFrom(env);
  return (
    <SignInShell
      title="Sign in"
      description="Monitor your borrowers' insurance, continuously."
      footer="No account? Ask your Coverwatch admin to create one."
    >
      <div className="grid gap-4">
        {isPasswordSet && (
          <p
            role="status"
            className="rounded-md bg-success-soft px-3 py-2 text-sm text-success-foreground"
            data-testid="signin-notice"
          >
            Your password is set. Sign in with it.
          </p>
        )}
        {error && <SignInAlert testId="signin-page-error">{error}</SignInAlert>}
        {sso && (
          <Suspense>
            <SsoSignInButton providerId={oidcProviderId} name={sso.name} />
          </Suspense>
        )}
        {sso && env.AUTH_CREDENTIALS && (
          <div className="flex items-center gap-3 text-xs text-muted-foreground">
            <span aria-hidden className="h-px flex-1 bg-border" />
            or with your email
            <span aria-hidden className="h-px flex-1 bg-border" />
          </div>
        )}
        {env.AUTH_CREDENTIALS && (
          <Suspense>
            <SignInForm />
          </Suspense>
        )}
      </div>
    </SignInShell>
  );
}
