"use client";

import { cn } from "@/lib/cn";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "./select";

export type SelectOption<Value extends string> = { value: Value; label: string };

type Props<Value extends string> = {
  id: string;
  options: readonly SelectOption<Value>[];
  /** In a form, by `name`; or controlled, with `value` and `onValueChange`. */
  name?: string;
  value?: Value;
  defaultValue?: Value;
  onValueChange?: (value: Value) => void;
  invalid?: boolean;
  describedBy?: string;
  className?: string;
  /** The trigger's test id; each option gets `${testId}-${value}`. */
  testId?: string;
};

/** A choice among a few fixed options (a role, a severity threshold), on the design system's Select. */
export function OptionSelect<Value extends string>({
  id,
  options,
  name,
  value,
  defaultValue,
  onValueChange,
  invalid,
  describedBy,
  className,
  testId,
}: Props<Value>) {
  return (
    <Select
      name={name}
      value={value}
      defaultValue={defaultValue}
      onValueChange={(next) => onValueChange?.(next as Value)}
    >
      <SelectTrigger
        id={id}
        className={cn("w-full", className)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        data-testid={testId}
      >
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {options.map((option) => (
          <SelectItem
            key={option.value}
            value={option.value}
            data-testid={testId ? `${testId}-${option.value}` : undefined}
          >
            {option.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
