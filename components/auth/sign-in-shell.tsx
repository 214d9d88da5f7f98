import type { ReactNode } from "react";
import { Brand } from "@/components/shell/brand";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";

type SignInShellProps = {
  title: string;
  description?: ReactNode;
  /** A line under the card. */
  footer?: ReactNode;
  children: ReactNode;
};

/** The signed-out pages' frame: the brand above one card, centred, with the theme toggle in the corner. */
export function SignInShell({ title, description, footer, children }: SignInShellProps) {
  return (
    <div className="relative flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="absolute top-3 right-3">
        <ThemeToggle />
      </div>
      <main className="w-full max-w-sm">
        <Brand className="mb-6 justify-center text-base" />
        <Card>
          <CardHeader className="pb-4">
            <h1 className="text-title">{title}</h1>
            {description && <CardDescription>{description}</CardDescription>}
          </CardHeader>
          <CardContent>{children}</CardContent>
        </Card>
        {footer && <p className="mt-6 text-center text-xs text-muted-foreground">{footer}</p>}
      </main>
    </div>
  );
}
