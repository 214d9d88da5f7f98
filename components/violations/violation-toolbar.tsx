"use client";

import { AlarmClock, UserRound, X } from "lucide-react";
import { parseAsString, useQueryStates } from "nuqs";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceFilter } from "@/components/ui/choice-filter";
import { ToolbarEnd } from "@/components/ui/toolbar-end";
import { severityLabels } from "@/lib/borrowers/compliance-status-labels";
import { formatDateTime, formatDays } from "@/lib/format-human";
import { type ViolationFilters, violationSeverities } from "@/lib/violations/violation-list-params";
import { olderThanChoices, violationStatusFilterLabels } from "./violation-labels";

type Option = { value: string; label: string };

/** The choices, plus the current value when the list does not have it (a rule since removed from the catalog). */
const withCurrent = (options: Option[], value: string | undefined) =>
  value === undefined || options.some((option) => option.value === value)
    ? options
    : [...options, { value, label: value }];

type Props = {
  /** The filters as the server read them (unknown values already dropped): what the controls show. */
  filters: ViolationFilters;
  rules: Option[];
  profiles: Option[];
  /** The people violations can be assigned to. */
  assignees: Option[];
};

// The queue's state lives in the URL (nuqs): every change is a navigation the server renders, Back restores and
// a copied link reproduces. A change of filter drops the cursor (page one of the new list) and keeps the size
// and the sort.
const queueState = {
  rule: parseAsString,
  severity: parseAsString,
  status: parseAsString,
  profile: parseAsString,
  olderThanDays: parseAsString,
  assignee: parseAsString,
  overdue: parseAsString,
  openedSince: parseAsString,
  resolvedSince: parseAsString,
  cursor: parseAsString,
};
type Key = Exclude<keyof typeof queueState, "cursor">;

export function ViolationToolbar(props: Props) {
  return (
    <NuqsAdapter>
      <Toolbar {...props} />
    </NuqsAdapter>
  );
}

function Toolbar({ filters, rules, profiles, assignees }: Props) {
  const [isLoading, startTransition] = useTransition();
  const [, setState] = useQueryStates(queueState, { shallow: false, history: "push", startTransition });
  const set = (changes: Partial<Record<Key, string | null>>) => setState({ ...changes, cursor: null });
  const hasFilters = Object.values(filters).some((value) => value !== undefined);
  const olderThan = [
    ...new Set([...olderThanChoices, ...(filters.olderThanDays ? [filters.olderThanDays] : [])]),
  ]
    .sort((a, b) => a - b)
    .map((days) => ({ value: String(days), label: `Open ${formatDays(days)} or more` }));

  const choose = (
    name: Key,
    label: string,
    value: string | number | undefined,
    options: Option[],
    anyLabel?: string,
  ) => (
    <ChoiceFilter
      name={name}
      label={label}
      value={value}
      options={options}
      anyLabel={anyLabel}
      onChange={(next) => set({ [name]: next })}
    />
  );

  return (
    <search
      className="mb-3 flex flex-wrap items-center gap-2"
      data-testid="violation-filters"
      aria-label="Filter violations"
    >
      {choose(
        "status",
        "Status",
        filters.status,
        Object.entries(violationStatusFilterLabels).map(([value, label]) => ({ value, label })),
        "Live (not resolved)",
      )}
      {choose(
        "severity",
        "Severity",
        filters.severity,
        violationSeverities.map((severity) => ({ value: severity, label: severityLabels[severity].label })),
      )}
      {choose("rule", "Rule", filters.rule, withCurrent(rules, filters.rule))}
      {choose("profile", "Profile", filters.profile, withCurrent(profiles, filters.profile))}
      {choose("olderThanDays", "Age", filters.olderThanDays, olderThan, "Any age")}
      {choose(
        "assignee",
        "Assignee",
        filters.assignee,
        withCurrent(
          [{ value: "me", label: "Me" }, { value: "none", label: "Unassigned" }, ...assignees],
          filters.assignee,
        ),
        "Anyone or no one",
      )}
      <Button
        variant={filters.assignee === "me" ? "secondary" : "outline"}
        size="sm"
        aria-pressed={filters.assignee === "me"}
        onClick={() => set({ assignee: filters.assignee === "me" ? null : "me" })}
        data-testid="filter-mine"
      >
        <UserRound aria-hidden /> Mine
      </Button>
      <Button
        variant={filters.isOverdue ? "secondary" : "outline"}
        size="sm"
        aria-pressed={Boolean(filters.isOverdue)}
        onClick={() => set({ overdue: filters.isOverdue ? null : "1" })}
        data-testid="filter-overdue"
      >
        <AlarmClock aria-hidden /> Overdue
      </Button>
      {/* Set by the daily digest's links, not offered as a choice: shown while set, removed by a click. */}
      {(
        [
          ["openedSince", "Opened since"],
          ["resolvedSince", "Resolved since"],
        ] as const
      ).map(([name, label]) => {
        const since = filters[name];
        return since ? (
          <Button
            key={name}
            variant="secondary"
            size="sm"
            onClick={() => set({ [name]: null })}
            data-testid={`filter-${name}`}
          >
            {label} {formatDateTime(new Date(since))}
            <X aria-hidden />
            <span className="sr-only">(remove this filter)</span>
          </Button>
        ) : null;
      })}
      <ToolbarEnd
        hasFilters={hasFilters}
        isLoading={isLoading}
        onClear={() =>
          set({
            rule: null,
            severity: null,
            status: null,
            profile: null,
            olderThanDays: null,
            assignee: null,
            overdue: null,
            openedSince: null,
            resolvedSince: null,
          })
        }
      />
    </search>
  );
}
