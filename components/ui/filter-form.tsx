import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { Button } from "./button";
import { inputClassName } from "./input";

// The filters above a list: a GET form, so a filtered view is a URL that can be bookmarked and shared.

/** The class for a native input or select inside a FilterForm (compact, on the design tokens). */
export const filterInput = cn(inputClassName, "inline-flex h-8 w-auto px-2 py-0");

type FilterFormProps = {
  children: ReactNode;
  testId?: string;
  submitLabel?: string;
  className?: string;
};

export function FilterForm({ children, testId, submitLabel = "Filter", className }: FilterFormProps) {
  return (
    <form
      className={cn(
        "flex flex-wrap items-end gap-x-4 gap-y-3 rounded-lg border border-border bg-card p-3 text-sm text-muted-foreground shadow-card [&_label]:flex [&_label]:flex-wrap [&_label]:items-center [&_label]:gap-1.5",
        className,
      )}
      data-testid={testId}
    >
      {children}
      <Button type="submit" size="sm">
        {submitLabel}
      </Button>
    </form>
  );
}

type Option = { value: string; label: string };

/** A labelled select whose first option (`anyLabel`, value "") means "do not filter on this". */
export function FilterSelect({
  label,
  name,
  value,
  options,
  anyLabel = "any",
  testId,
}: {
  label: string;
  name: string;
  value: string | undefined;
  options: Option[];
  anyLabel?: string;
  testId?: string;
}) {
  return (
    <label>
      <span>{label}</span>
      <select
        name={name}
        defaultValue={value ?? ""}
        className={cn(filterInput, "max-w-full pr-1 text-foreground")}
        data-testid={testId}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Options for an enum's values, shown in lower case. */
export const lowerCaseOptions = (values: readonly string[]): Option[] =>
  values.map((value) => ({ value, label: value.toLowerCase() }));
