"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "./select";

export type ChoiceOption = { value: string; label: string };

const any = "any";

/**
 * One filter of a list's toolbar: "Any severity" or one of the options. It only reports the choice (null for
 * "any"); the toolbar puts it in the URL.
 */
export function ChoiceFilter({
  name,
  label,
  value,
  options,
  anyLabel = `Any ${label.toLowerCase()}`,
  onChange,
  testId = `filter-${name}`,
}: {
  /** The URL parameter. */
  name: string;
  label: string;
  value: string | number | null | undefined;
  options: ChoiceOption[];
  anyLabel?: string;
  onChange: (value: string | null) => void;
  /** Defaults to `filter-${name}`. */
  testId?: string;
}) {
  return (
    <Select
      value={value === undefined || value === null ? any : String(value)}
      onValueChange={(next) => onChange(next === any ? null : next)}
    >
      <SelectTrigger size="sm" className="w-auto max-w-full min-w-32" aria-label={label} data-testid={testId}>
        {/* Radix shows the chosen item's text only once mounted; the label is given so the server render has it. */}
        <SelectValue>
          {options.find((option) => option.value === String(value))?.label ?? anyLabel}
        </SelectValue>
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={any}>{anyLabel}</SelectItem>
        {options.map((option) => (
          <SelectItem key={option.value} value={option.value}>
            {option.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
