import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-xl bg-white p-8 shadow">
      <h1 className="text-2xl font-semibold">Coverwatch</h1>
      <p className="mt-1 mb-6 text-sm text-slate-500">Sign in to monitor your borrowers' insurance.</p>
      <Suspense>
        <SignInForm />
      </Suspense>
    </main>
  );
}
