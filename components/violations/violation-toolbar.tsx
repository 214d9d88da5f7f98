"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useTransition } from "react";
import { ChoiceFilter } from "@/components/ui/choice-filter";
import { ToolbarEnd } from "@/components/ui/toolbar-end";
import { severityLabels } from "@/lib/borrowers/compliance-status-labels";
import { formatDays } from "@/lib/format-human";
import type { ViolationFilters } from "@/lib/server/violations/list-violations";
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
};

// The queue's state lives in the URL (nuqs): every change is a navigation the server renders, Back restores and
// a copied link reproduces. A change of filter drops the cursor (page one of the new list) and keeps the size.
const queueState = {
  rule: parseAsString,
  severity: parseAsString,
  status: parseAsString,
  profile: parseAsString,
  olderThanDays: parseAsString,
  cursor: parseAsString,
};
type Key = Exclude<keyof typeof queueState, "cursor">;

const severities = ["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const;

export function ViolationToolbar(props: Props) {
  return (
    <NuqsAdapter>
      <Toolbar {...props} />
    </NuqsAdapter>
  );
}

function Toolbar({ filters, rules, profiles }: Props) {
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
        severities.map((severity) => ({ value: severity, label: severityLabels[severity].label })),
      )}
      {choose("rule", "Rule", filters.rule, withCurrent(rules, filters.rule))}
      {choose("profile", "Profile", filters.profile, withCurrent(profiles, filters.profile))}
      {choose("olderThanDays", "Age", filters.olderThanDays, olderThan, "Any age")}
      <ToolbarEnd
        hasFilters={hasFilters}
        isLoading={isLoading}
        onClear={() => set({ rule: null, severity: null, status: null, profile: null, olderThanDays: null })}
      />
    </search>
  );
}
