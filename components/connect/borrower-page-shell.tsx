import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";

type Props = {
  /** The lender the borrower knows: these pages speak in its name, not Coverwatch's. */
  lenderName: string | null;
  title: string;
  /** The heading's test id (the Ignition result page names its outcome this way). */
  titleTestId?: string;
  description?: ReactNode;
  children?: ReactNode;
};

/** The frame of the pages a borrower opens from an email: the lender's name above one card, centred. */
export function BorrowerPageShell({ lenderName, title, titleTestId, description, children }: Props) {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <main className="w-full max-w-lg">
        <p
          className="mb-6 text-center text-base font-semibold tracking-tight"
          data-testid="borrower-page-lender"
        >
          {lenderName ?? "Your lender"}
        </p>
        <Card>
          <CardHeader className="pb-4">
            <h1 className="text-title" data-testid={titleTestId}>
              {title}
            </h1>
            {description && <CardDescription>{description}</CardDescription>}
          </CardHeader>
          {children && <CardContent className="grid gap-4 text-sm">{children}</CardContent>}
        </Card>
        <p className="mt-6 text-center text-xs text-muted-foreground">
          Insurance monitoring by Coverwatch. The connection itself is made with Axle.
        </p>
      </main>
    </div>
  );
}
