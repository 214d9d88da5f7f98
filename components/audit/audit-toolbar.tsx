"use client";

import { debounce, parseAsString, useQueryStates } from "nuqs";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useTransition } from "react";
import { ChoiceFilter } from "@/components/ui/choice-filter";
import { Input } from "@/components/ui/input";
import { ToolbarEnd } from "@/components/ui/toolbar-end";

// The audit log's filters live in the URL (nuqs): each change is a server render, restored by Back, shareable.
const auditState = {
  actor: parseAsString,
  action: parseAsString,
  target: parseAsString,
  targetId: parseAsString,
  from: parseAsString,
  to: parseAsString,
  cursor: parseAsString,
};
type Key = Exclude<keyof typeof auditState, "cursor">;

type Props = { actions: string[]; targets: string[] };

export function AuditToolbar(props: Props) {
  return (
    <NuqsAdapter>
      <Toolbar {...props} />
    </NuqsAdapter>
  );
}

function Toolbar({ actions, targets }: Props) {
  const [isLoading, startTransition] = useTransition();
  const [state, setState] = useQueryStates(auditState, { shallow: false, history: "push", startTransition });
  const set = (changes: Partial<Record<Key, string | null>>, isTyping = false) =>
    setState({ ...changes, cursor: null }, { limitUrlUpdates: isTyping ? debounce(400) : undefined });
  const hasFilters = Object.entries(state).some(([key, value]) => key !== "cursor" && Boolean(value));
  const input = (name: Key, label: string, type: "search" | "date", className: string) => (
    <Input
      type={type}
      aria-label={label}
      placeholder={type === "search" ? label : undefined}
      value={state[name] ?? ""}
      className={`h-8 ${className}`}
      data-testid={`audit-filter-${name}`}
      onChange={(event) =>
        set({ [name]: event.target.value || null }, type === "search" && event.target.value !== "")
      }
    />
  );
  return (
    <search
      className="mb-3 flex flex-wrap items-center gap-2"
      aria-label="Filter the audit log"
      data-testid="audit-filters"
    >
      {input("actor", "Who (email)", "search", "w-full sm:w-56")}
      <ChoiceFilter
        name="action"
        label="Action"
        value={state.action}
        options={actions.map((action) => ({ value: action, label: action }))}
        onChange={(action) => set({ action })}
      />
      <ChoiceFilter
        name="target"
        label="Target"
        value={state.target}
        options={targets.map((target) => ({ value: target, label: target }))}
        onChange={(target) => set({ target })}
      />
      {input("targetId", "Target id", "search", "w-full sm:w-48")}
      {input("from", "From (UTC)", "date", "w-auto")}
      {input("to", "To (UTC)", "date", "w-auto")}
      <ToolbarEnd
        hasFilters={hasFilters}
        isLoading={isLoading}
        onClear={() => set({ actor: null, action: null, target: null, targetId: null, from: null, to: null })}
      />
    </search>
  );
}
