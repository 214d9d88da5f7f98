import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

// The shared shape is the `badge` class in globals.css: badges repeat on every row of a list, and one short
// class keeps a page of 100 rows light.
export const badgeVariants = cva("badge", {
  variants: {
    variant: {
      success: "border-transparent bg-success-soft text-success-foreground",
      warning: "border-transparent bg-warning-soft text-warning-foreground",
      danger: "border-transparent bg-danger-soft text-danger-foreground",
      info: "border-transparent bg-info-soft text-info-foreground",
      neutral: "border-transparent bg-neutral-soft text-neutral-foreground",
      outline: "border-border bg-transparent text-foreground",
    },
  },
  defaultVariants: { variant: "neutral" },
});

export type BadgeVariant = NonNullable<VariantProps<typeof badgeVariants>["variant"]>;

/** The colour names the first pages used; each maps onto a status variant. */
export type Tone = "green" | "red" | "amber" | "slate" | "blue";

const variantByTone: Record<Tone, BadgeVariant> = {
  green: "success",
  red: "danger",
  amber: "warning",
  slate: "neutral",
  blue: "info",
};

const dotByVariant: Record<BadgeVariant, string> = {
  success: "bg-success",
  warning: "bg-warning",
  danger: "bg-danger",
  info: "bg-info",
  neutral: "bg-neutral",
  outline: "bg-muted-foreground",
};

type BadgeProps = ComponentProps<"span"> & {
  variant?: BadgeVariant;
  /** @deprecated use `variant`; kept so existing pages keep working. */
  tone?: Tone;
  /** A small status dot before the label. */
  dot?: boolean;
  testId?: string;
};

export function Badge({ variant, tone, dot = false, testId, className, children, ...props }: BadgeProps) {
  const resolved: BadgeVariant = variant ?? (tone ? variantByTone[tone] : "neutral");
  return (
    <span
      data-slot="badge"
      data-testid={testId}
      className={cn(badgeVariants({ variant: resolved }), className)}
      {...props}
    >
      {dot && <span aria-hidden className={cn("badge-dot", dotByVariant[resolved])} />}
      {children}
    </span>
  );
}
