import "@fontsource-variable/inter";
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { ThemeProvider } from "@/components/shell/theme-provider";
import { Toaster } from "@/components/ui/sonner";
import { TooltipProvider } from "@/components/ui/tooltip";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Coverwatch", template: "%s · Coverwatch" },
  description: "Continuous insurance monitoring on the Axle API",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#0b0d12" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The nonce proxy.ts made for this response, for next-themes' inline script. Reading the request's headers
  // also renders every page per request, which a nonce needs: a page built ahead would carry a stale one.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // next-themes sets the `dark` class before hydration; React would otherwise warn about the attribute.
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-dvh font-sans antialiased">
        <ThemeProvider nonce={nonce}>
          {/* Mounted once here so the sign-in page, the shell and the error pages share them. */}
          <TooltipProvider>{children}</TooltipProvider>
          <Toaster />
        </ThemeProvider>
      </body>
    </html>
  );
}
