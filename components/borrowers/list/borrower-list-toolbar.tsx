"use client";

import { ChevronDown, Search } from "lucide-react";
import { debounce, parseAsString, useQueryStates } from "nuqs";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ChoiceFilter } from "@/components/ui/choice-filter";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { ToolbarEnd } from "@/components/ui/toolbar-end";
import {
  complianceStatusLabels,
  connectionStateLabels,
  severityLabels,
} from "@/lib/borrowers/compliance-status-labels";
import {
  connectionParams,
  maxQueryLength,
  type StatusParam,
  severityParams,
  statusParams,
} from "@/lib/borrowers/list-params";

type Option = { value: string; label: string };

type Props = {
  profiles: Option[];
  carriers: Option[];
  lenders: Option[];
};

// The list's state lives in the URL (nuqs): every change here is a navigation the server renders, the Back
// button restores, and a copied link reproduces. Changing a filter drops the cursor: page one of the new list.
const listState = {
  q: parseAsString.withDefault(""),
  status: parseAsString,
  severity: parseAsString,
  profile: parseAsString,
  carrier: parseAsString,
  connection: parseAsString,
  stale: parseAsString,
  expiring: parseAsString,
  lender: parseAsString,
  cursor: parseAsString,
};

const expiringChoices = [7, 30, 60, 90];

export function BorrowerListToolbar(props: Props) {
  return (
    <NuqsAdapter>
      <Toolbar {...props} />
    </NuqsAdapter>
  );
}

function Toolbar({ profiles, carriers, lenders }: Props) {
  const [isLoading, startTransition] = useTransition();
  const [state, setState] = useQueryStates(listState, { shallow: false, history: "push", startTransition });
  const statuses = (state.status?.split(",") ?? []).filter(
    (value): value is StatusParam => value in statusParams,
  );
  const set = (changes: Partial<Record<keyof typeof listState, string | null>>) =>
    setState({ ...changes, cursor: null });
  const hasFilters = Object.entries(state).some(([key, value]) => key !== "cursor" && Boolean(value));

  const choose = (name: keyof typeof listState, label: string, value: string | null, options: Option[]) => (
    <ChoiceFilter
      name={name}
      label={label}
      value={value}
      options={options}
      onChange={(next) => set({ [name]: next })}
    />
  );

  return (
    <search
      className="mb-3 flex flex-wrap items-center gap-2"
      data-testid="borrower-toolbar"
      aria-label="Search and filter borrowers"
    >
      <div className="relative w-full sm:w-72">
        <Search
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
        />
        <Input
          type="search"
          defaultValue={state.q}
          key={state.q === "" ? "empty" : "query"}
          maxLength={maxQueryLength}
          placeholder="Name, email, loan, VIN, policy…"
          aria-label="Search borrowers"
          className="h-8 pl-8"
          data-testid="borrower-search"
          onChange={(event) =>
            setState(
              { q: event.target.value.trim() || null, cursor: null },
              { limitUrlUpdates: event.target.value === "" ? undefined : debounce(300) },
            )
          }
        />
      </div>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm" className="font-normal" data-testid="filter-status">
            Status
            {statuses.length > 0
              ? `: ${statuses.length === 1 ? complianceStatusLabels[statusParams[statuses[0] as StatusParam]].label : statuses.length}`
              : ""}
            <ChevronDown aria-hidden className="opacity-60" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          {(Object.keys(statusParams) as StatusParam[]).map((param) => (
            <DropdownMenuCheckboxItem
              key={param}
              checked={statuses.includes(param)}
              onSelect={(event) => event.preventDefault()}
              onCheckedChange={(checked) => {
                const next = checked ? [...statuses, param] : statuses.filter((value) => value !== param);
                set({ status: next.length ? next.join(",") : null });
              }}
              data-testid={`filter-status-${param}`}
            >
              {complianceStatusLabels[statusParams[param]].label}
            </DropdownMenuCheckboxItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
      {choose(
        "severity",
        "Severity",
        state.severity,
        Object.entries(severityParams).map(([value, severity]) => ({
          value,
          label: severityLabels[severity].label,
        })),
      )}
      {choose("profile", "Profile", state.profile, profiles)}
      {choose("carrier", "Carrier", state.carrier, carriers)}
      {choose(
        "connection",
        "Connection",
        state.connection,
        Object.entries(connectionParams).map(([value, connection]) => ({
          value,
          label: connectionStateLabels[connection],
        })),
      )}
      {choose(
        "expiring",
        "Expiry",
        state.expiring,
        expiringChoices.map((days) => ({ value: String(days), label: `Expiring within ${days} days` })),
      )}
      {lenders.length > 1 && choose("lender", "Lender", state.lender, lenders)}
      <div className="inline-flex h-8 items-center gap-2 rounded-md border border-input bg-card px-3 text-sm">
        <Checkbox
          id="filter-stale"
          checked={state.stale === "1"}
          onCheckedChange={(checked) => set({ stale: checked === true ? "1" : null })}
          data-testid="filter-stale"
        />
        <label htmlFor="filter-stale">Stale data</label>
      </div>
      <ToolbarEnd
        hasFilters={hasFilters}
        isLoading={isLoading}
        onClear={() =>
          set(
            Object.fromEntries(Object.keys(listState).map((key) => [key, null])) as Record<
              keyof typeof listState,
              null
            >,
          )
        }
      />
    </search>
  );
}
