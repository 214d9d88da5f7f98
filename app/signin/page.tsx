import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Brand } from "@/components/shell/brand";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import { getCurrentUser } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  if (await getCurrentUser()) redirect("/");
  const isPasswordSet = firstParam((await searchParams).notice) === "password-set";
  return (
    <div className="relative flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="absolute top-3 right-3">
        <ThemeToggle />
      </div>
      <main className="w-full max-w-sm">
        <Brand className="mb-6 justify-center text-base" />
        <Card>
          <CardHeader className="pb-4">
            <h1 className="text-title">Sign in</h1>
            <CardDescription>Monitor your borrowers' insurance, continuously.</CardDescription>
          </CardHeader>
          <CardContent>
            {isPasswordSet && (
              <p
                role="status"
                className="mb-4 rounded-md bg-success-soft px-3 py-2 text-sm text-success-foreground"
                data-testid="signin-notice"
              >
                Your password is set. Sign in with it.
              </p>
            )}
            <Suspense>
              <SignInForm />
            </Suspense>
          </CardContent>
        </Card>
        <p className="mt-6 text-center text-xs text-muted-foreground">
          No account? Ask your Coverwatch admin to create one.
        </p>
      </main>
    </div>
  );
}
