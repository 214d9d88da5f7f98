"use client";

import { debounce, parseAsString, useQueryStates } from "nuqs";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useId, useTransition } from "react";
import { ChoiceFilter } from "@/components/ui/choice-filter";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ToolbarEnd } from "@/components/ui/toolbar-end";
import { eventStatusLabels } from "./event-status-labels";

/** The filters as the server read them, times already written the way the URL holds them (UTC). */
export type EventToolbarValues = {
  type?: string;
  status?: keyof typeof eventStatusLabels;
  borrower?: string;
  from?: string;
  to?: string;
};

// The log's filters live in the URL (nuqs): each change is a server render, restored by Back, shareable.
// Typing is debounced; a change drops the cursor (the first page of the new view) and keeps the page size.
// The inputs show nuqs' state, which changes as the user types; the server's reading (`values`) drives the rest.
const logState = {
  type: parseAsString,
  status: parseAsString,
  borrower: parseAsString,
  from: parseAsString,
  to: parseAsString,
  cursor: parseAsString,
};
type Key = Exclude<keyof typeof logState, "cursor">;

export function EventToolbar({ values }: { values: EventToolbarValues }) {
  return (
    <NuqsAdapter>
      <Toolbar values={values} />
    </NuqsAdapter>
  );
}

function Toolbar({ values }: { values: EventToolbarValues }) {
  const id = useId();
  const [isLoading, startTransition] = useTransition();
  const [state, setState] = useQueryStates(logState, { shallow: false, history: "push", startTransition });
  const set = (changes: Partial<Record<Key, string | null>>, isTyping = false) =>
    setState({ ...changes, cursor: null }, { limitUrlUpdates: isTyping ? debounce(400) : undefined });
  const hasFilters = Object.values(values).some(Boolean);

  const text = (name: "type" | "borrower", label: string, placeholder: string) => (
    <Input
      type="search"
      aria-label={label}
      placeholder={placeholder}
      value={state[name] ?? ""}
      className="h-8 w-full sm:w-44"
      data-testid={`event-filter-${name}`}
      onChange={(event) => set({ [name]: event.target.value || null }, event.target.value !== "")}
    />
  );

  const time = (name: "from" | "to", label: string) => (
    <div className="flex min-w-0 items-center gap-1.5 text-sm text-muted-foreground">
      <Label htmlFor={`${id}-${name}`} className="font-normal text-muted-foreground">
        {label}
      </Label>
      <Input
        id={`${id}-${name}`}
        type="datetime-local"
        value={state[name] ?? ""}
        className="h-8 w-auto max-w-full"
        data-testid={`event-filter-${name}`}
        onChange={(event) => set({ [name]: event.target.value || null }, event.target.value !== "")}
      />
    </div>
  );

  return (
    <search
      className="mb-3 flex flex-wrap items-center gap-2"
      aria-label="Filter events"
      data-testid="event-filters"
    >
      {text("type", "Event type", "Event type")}
      <ChoiceFilter
        name="status"
        label="Status"
        value={values.status}
        options={Object.entries(eventStatusLabels).map(([value, { label }]) => ({ value, label }))}
        onChange={(status) => set({ status })}
        testId="event-status-filter"
      />
      {text("borrower", "Borrower (loan reference)", "Loan reference")}
      {time("from", "From (UTC)")}
      {time("to", "To (UTC)")}
      <ToolbarEnd
        hasFilters={hasFilters}
        isLoading={isLoading}
        onClear={() => set({ type: null, status: null, borrower: null, from: null, to: null })}
      />
    </search>
  );
}
