"use client";

import { Loader2 } from "lucide-react";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { sameOriginPath } from "@/lib/auth/same-origin-path";
import { signInThrottledMessage } from "@/lib/auth/sign-in-throttle-message";
import { SignInAlert } from "./sign-in-alert";

export function SignInForm() {
  const router = useRouter();
  const searchParams = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsPending(true);
    setError(null);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setIsPending(false);
    if (!result || result.error) {
      setError(signInThrottledMessage(result?.error) ?? "Wrong email or password.");
      // The disabled button dropped focus to the page: put it back where the user retypes.
      const password = formElement.elements.namedItem("password");
      if (password instanceof HTMLInputElement) {
        password.focus();
        password.select();
      }
      return;
    }
    router.replace(sameOriginPath(searchParams.get("callbackUrl"), window.location.origin));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4">
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        autoFocus
        testId="signin-email"
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        testId="signin-password"
      />
      {error && <SignInAlert testId="signin-error">{error}</SignInAlert>}
      <Button type="submit" disabled={isPending} className="w-full" data-testid="signin-submit">
        {isPending && <Loader2 aria-hidden className="animate-spin" />}
        {isPending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
