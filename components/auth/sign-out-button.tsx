"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { Button, type ButtonProps } from "@/components/ui/button";

/** Ends the session and returns to the sign-in page. */
export function signOutToSignIn() {
  return signOut({ callbackUrl: "/signin" });
}

export function SignOutButton({ variant = "ghost", size = "sm", ...props }: Omit<ButtonProps, "onClick">) {
  return (
    <Button type="button" variant={variant} size={size} onClick={() => signOutToSignIn()} {...props}>
      <LogOut aria-hidden />
      Sign out
    </Button>
  );
}
