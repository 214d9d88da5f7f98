import { cva, type VariantProps } from "class-variance-authority";
import { Slot } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

// The shape every button shares is the `btn` class in globals.css: lists put a button on every row.
export const buttonVariants = cva("btn", {
  variants: {
    variant: {
      default: "bg-primary text-primary-foreground shadow-card hover:bg-primary-hover",
      secondary: "border border-border bg-secondary text-secondary-foreground hover:bg-accent",
      outline: "border border-input bg-card text-foreground hover:bg-accent hover:text-accent-foreground",
      ghost: "text-foreground hover:bg-accent hover:text-accent-foreground",
      destructive: "bg-destructive text-destructive-foreground shadow-card hover:bg-destructive-hover",
      link: "h-auto px-0 text-primary underline-offset-4 hover:underline",
      // The names the first pages were written with; they stay as aliases.
      primary: "bg-primary text-primary-foreground shadow-card hover:bg-primary-hover",
      danger: "bg-destructive text-destructive-foreground shadow-card hover:bg-destructive-hover",
    },
    size: {
      default: "h-9 px-4",
      sm: "h-8 px-3 text-[0.8125rem]",
      lg: "h-10 px-5",
      icon: "size-9",
      "icon-sm": "size-8",
    },
  },
  defaultVariants: { variant: "default", size: "default" },
});

export type ButtonProps = ComponentProps<"button"> &
  VariantProps<typeof buttonVariants> & {
    /** Renders the child element (a Link, say) with the button's look instead of a <button>. */
    asChild?: boolean;
  };

export function Button({ className, variant, size, asChild = false, ...props }: ButtonProps) {
  const Component = asChild ? Slot.Root : "button";
  return (
    <Component data-slot="button" className={cn(buttonVariants({ variant, size }), className)} {...props} />
  );
}
