import { ShieldCheck } from "lucide-react";
import Link from "next/link";
import { cn } from "@/lib/cn";

/** The product's mark and name, linking home. */
export function Brand({ className }: { className?: string }) {
  return (
    <Link
      href="/"
      className={cn(
        "flex items-center gap-2 rounded-md text-[0.9375rem] font-semibold tracking-tight text-foreground outline-none focus-visible:ring-2 focus-visible:ring-ring",
        className,
      )}
    >
      <span
        aria-hidden
        className="flex size-7 items-center justify-center rounded-md bg-primary text-primary-foreground"
      >
        <ShieldCheck className="size-4" />
      </span>
      Coverwatch
    </Link>
  );
}
