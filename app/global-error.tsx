"use client";

import "./globals.css";

type GlobalErrorProps = { error: unknown; retry?: () => void; reset?: () => void };

// Replaces the root layout when it fails, so it brings its own document and cannot use the theme provider:
// a small script applies the stored theme the way next-themes would. Only the digest is shown, never the message.
const themeScript = `try{var t=localStorage.getItem("theme");if(t==="dark"||((!t||t==="system")&&matchMedia("(prefers-color-scheme: dark)").matches))document.documentElement.classList.add("dark")}catch(e){}`;

export default function GlobalError({ error, retry, reset }: GlobalErrorProps) {
  const digest =
    error && typeof error === "object" && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : null;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <title>Something went wrong · Coverwatch</title>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script, no user input */}
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-dvh font-sans antialiased">
        <main className="flex min-h-dvh items-center justify-center px-4">
          <div className="max-w-md text-center" data-testid="global-error">
            <h1 className="text-title">Something went wrong</h1>
            <p className="mt-2 text-sm text-muted-foreground">
              Coverwatch could not be shown. Trying again often helps; if it keeps failing, tell support.
            </p>
            {digest && (
              <p className="mt-3 text-sm text-muted-foreground">
                Reference{" "}
                <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs text-foreground">
                  {digest}
                </code>
              </p>
            )}
            <button
              type="button"
              onClick={() => (retry ?? reset)?.()}
              className="mt-6 inline-flex h-9 cursor-pointer items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground outline-none hover:bg-primary-hover focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
            >
              Try again
            </button>
          </div>
        </main>
      </body>
    </html>
  );
}
