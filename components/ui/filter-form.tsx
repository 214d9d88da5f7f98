import type { ReactNode } from "react";

// The filters above a list: a GET form, so a filtered view is a URL that can be bookmarked and shared.

export const filterInput = "rounded border border-slate-300 px-2 py-1";

export function FilterForm({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 text-sm shadow"
      data-testid={testId}
    >
      {children}
      <button type="submit" className="rounded-md bg-blue-700 px-3 py-1.5 text-white">
        Filter
      </button>
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
      {label}{" "}
      <select name={name} defaultValue={value ?? ""} className={filterInput} data-testid={testId}>
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
