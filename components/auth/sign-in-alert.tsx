import { CircleAlert } from "lucide-react";
import type { ReactNode } from "react";

/** Why signing in did not work, in words, above or inside the sign-in form. */
export function SignInAlert({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <p
      role="alert"
      className="flex items-center gap-2 rounded-md bg-danger-soft px-3 py-2 text-sm text-danger-foreground"
      data-testid={testId}
    >
      <CircleAlert aria-hidden className="size-4 shrink-0" />
      {children}
    </p>
  );
}
