"use client";

import { Bell, ChevronDown, KeyRound, LogOut } from "lucide-react";
import Link from "next/link";
import { signOutToSignIn } from "@/components/auth/sign-out-button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

type UserMenuProps = { name: string; email: string; roleLabel: string };

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters =
    parts.length > 1 ? `${parts[0]?.[0] ?? ""}${parts.at(-1)?.[0] ?? ""}` : (parts[0]?.slice(0, 2) ?? "");
  return letters.toUpperCase() || "?";
}

/** Who is signed in (name and role stay visible on desktop) and the way out. */
export function UserMenu({ name, email, roleLabel }: UserMenuProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="flex min-w-0 cursor-pointer items-center gap-2 rounded-md py-1 pr-1.5 pl-1 text-left outline-none transition-colors hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring data-[state=open]:bg-accent"
        data-testid="user-menu"
      >
        <span className="sr-only md:hidden">
          {name}, {roleLabel}
        </span>
        <span
          aria-hidden
          className="flex size-7 shrink-0 items-center justify-center rounded-full bg-info-soft text-xs font-semibold text-info-foreground"
        >
          {initials(name)}
        </span>
        <span className="hidden min-w-0 flex-col leading-tight md:flex" data-testid="current-user">
          <span className="truncate text-sm font-medium text-foreground">{name}</span>
          <span className="truncate text-xs text-muted-foreground">{roleLabel}</span>
        </span>
        <ChevronDown aria-hidden className="hidden size-4 text-muted-foreground md:block" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel className="font-normal">
          <div className="truncate text-sm font-medium">{name}</div>
          <div className="truncate text-xs text-muted-foreground">{email}</div>
          <div className="mt-1 text-xs text-muted-foreground">{roleLabel}</div>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild data-testid="account-settings">
          <Link href="/settings/account">
            <KeyRound aria-hidden />
            Your account and password
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild data-testid="notification-settings">
          <Link href="/settings/notifications">
            <Bell aria-hidden />
            Your notifications
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => signOutToSignIn()} data-testid="sign-out">
          <LogOut aria-hidden />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
