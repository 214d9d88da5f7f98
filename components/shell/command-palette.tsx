"use client";

import { Command as CommandPrimitive } from "cmdk";
import { CornerDownLeft, Loader2, Search, User } from "lucide-react";
import { useRouter } from "next/navigation";
import { Dialog as DialogPrimitive } from "radix-ui";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
  CommandLoading,
} from "@/components/ui/command";
import { Kbd } from "@/components/ui/kbd";
import { searchBorrowersAction } from "@/lib/actions/search-actions";
import { can } from "@/lib/auth/permissions";
import { complianceStatusLabels } from "@/lib/borrowers/compliance-status-labels";
import type { BorrowerSearchHit } from "@/lib/server/search/search-borrowers";
import { visibleSections } from "./nav-sections";

const DEBOUNCE_MS = 150;
const MIN_QUERY = 2;

const subscribe = () => () => {};
const isApplePlatform = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The shortcut as this user's keyboard spells it; the server renders "Ctrl K" and the Mac corrects it. */
function useShortcutLabel(): string {
  const isApple = useSyncExternalStore(subscribe, isApplePlatform, () => false);
  return isApple ? "⌘K" : "Ctrl K";
}

type BorrowerSearchState = {
  status: "idle" | "loading" | "done";
  borrowers: BorrowerSearchHit[];
  error?: string;
};

/** Searches borrowers on the server as the user types, debounced, keeping only the newest answer. */
function useBorrowerSearch(query: string): BorrowerSearchState {
  const [search, setSearch] = useState<BorrowerSearchState>({ status: "idle", borrowers: [] });
  const latest = useRef(0);
  useEffect(() => {
    const trimmed = query.trim();
    const request = ++latest.current;
    if (trimmed.length < MIN_QUERY) {
      setSearch({ status: "idle", borrowers: [] });
      return;
    }
    setSearch((previous) => ({ ...previous, status: "loading" }));
    const timer = setTimeout(async () => {
      try {
        const result = await searchBorrowersAction(trimmed);
        if (request === latest.current) setSearch({ status: "done", ...result });
      } catch {
        if (request === latest.current) {
          setSearch({ status: "done", borrowers: [], error: "Search failed. Please try again." });
        }
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  return search;
}

/** Cmd-K / Ctrl-K: jump to a section or a borrower. Renders its own top-bar trigger. */
export function CommandPalette({ role }: { role: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const shortcut = useShortcutLabel();
  const search = useBorrowerSearch(open ? query : "");
  const canSearchBorrowers = can(role, "borrowers.read");

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey) && !event.altKey) {
        event.preventDefault();
        setOpen((isOpen) => !isOpen);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  const onOpenChange = useCallback((next: boolean) => {
    setOpen(next);
    if (!next) setQuery("");
  }, []);

  const go = (href: string) => {
    onOpenChange(false);
    router.push(href);
  };

  const needle = query.trim().toLowerCase();
  const sections = visibleSections(role).filter(
    (section) => needle === "" || section.label.toLowerCase().includes(needle),
  );
  const isSearching = canSearchBorrowers && needle.length >= MIN_QUERY;

  return (
    <>
      <Button
        variant="outline"
        onClick={() => setOpen(true)}
        data-testid="command-palette-trigger"
        aria-keyshortcuts="Control+K Meta+K"
        className="h-8 w-9 justify-center gap-2 px-0 font-normal text-muted-foreground shadow-none sm:w-56 sm:justify-start sm:px-2.5 lg:w-72"
      >
        <Search aria-hidden />
        <span className="sr-only sm:not-sr-only">Search…</span>
        <Kbd className="ml-auto hidden sm:inline-flex">{shortcut}</Kbd>
      </Button>
      <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
        <DialogPrimitive.Portal>
          <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-black/50 data-[state=open]:animate-fade-in" />
          <DialogPrimitive.Content
            className="fixed top-[12dvh] left-1/2 z-50 w-[calc(100%-1.5rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-lg border border-border bg-popover text-popover-foreground shadow-overlay outline-none data-[state=open]:animate-zoom-in"
            data-testid="command-palette"
          >
            <DialogPrimitive.Title className="sr-only">Search Coverwatch</DialogPrimitive.Title>
            <DialogPrimitive.Description className="sr-only">
              Type to find a page or a borrower by name, email, loan reference, VIN or policy number.
            </DialogPrimitive.Description>
            {/* Filtering is ours: borrowers come back filtered by the server on fields the item text lacks. */}
            <CommandPrimitive shouldFilter={false} loop label="Search Coverwatch" className="flex flex-col">
              <CommandInput
                value={query}
                onValueChange={setQuery}
                maxLength={100}
                placeholder="Search pages and borrowers…"
                data-testid="command-palette-input"
              />
              <CommandList>
                {sections.length > 0 && (
                  <CommandGroup heading="Go to">
                    {sections.map(({ href, label, icon: Icon }) => (
                      <CommandItem key={href} value={`section:${href}`} onSelect={() => go(href)}>
                        <Icon aria-hidden />
                        {label}
                      </CommandItem>
                    ))}
                  </CommandGroup>
                )}
                {isSearching && search.status === "loading" && search.borrowers.length === 0 && (
                  <CommandLoading>
                    <span className="flex items-center gap-2">
                      <Loader2 aria-hidden className="size-4 animate-spin" /> Searching borrowers…
                    </span>
                  </CommandLoading>
                )}
                {isSearching && search.borrowers.length > 0 && (
                  <CommandGroup heading="Borrowers">
                    {search.borrowers.map((borrower) => {
                      const status = complianceStatusLabels[borrower.complianceStatus];
                      return (
                        <CommandItem
                          key={borrower.id}
                          value={`borrower:${borrower.id}`}
                          onSelect={() => go(`/borrowers/${borrower.id}`)}
                          data-testid="command-palette-item"
                        >
                          <User aria-hidden />
                          <span className="min-w-0 flex-1 truncate">
                            <span className="font-medium">
                              {borrower.firstName} {borrower.lastName}
                            </span>
                            <span className="ml-2 text-xs text-muted-foreground">
                              Loan {borrower.loanReference}
                            </span>
                          </span>
                          {status && (
                            <Badge variant={status.tone} dot>
                              {status.label}
                            </Badge>
                          )}
                        </CommandItem>
                      );
                    })}
                  </CommandGroup>
                )}
                {isSearching && search.status === "done" && search.error && (
                  <p role="alert" className="px-3 py-4 text-sm text-destructive">
                    {search.error}
                  </p>
                )}
                <CommandEmpty>
                  {isSearching && search.status === "loading" ? "Searching…" : "Nothing matches."}
                </CommandEmpty>
              </CommandList>
              <div className="flex items-center gap-3 border-t border-border px-3 py-2 text-xs text-muted-foreground">
                <span className="flex items-center gap-1">
                  <Kbd>↑</Kbd>
                  <Kbd>↓</Kbd> to move
                </span>
                <span className="flex items-center gap-1">
                  <Kbd>
                    <CornerDownLeft aria-hidden className="size-3" />
                  </Kbd>{" "}
                  to open
                </span>
                <span className="ml-auto flex items-center gap-1">
                  <Kbd>Esc</Kbd> to close
                </span>
              </div>
            </CommandPrimitive>
          </DialogPrimitive.Content>
        </DialogPrimitive.Portal>
      </DialogPrimitive.Root>
    </>
  );
}
