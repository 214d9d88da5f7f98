"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { Severity } from "@/generated/prisma/enums";
import { severityScale, thresholdLabel } from "@/lib/alerts/severity-threshold";

/** A channel's threshold picker: in a form (by `name`) or controlled (`value` and `onValueChange`). */
export function SeveritySelect({
  id,
  name,
  value,
  defaultValue,
  onValueChange,
  invalid,
  describedBy,
  testId,
}: {
  id: string;
  name?: string;
  value?: Severity;
  defaultValue?: Severity;
  onValueChange?: (severity: Severity) => void;
  invalid?: boolean;
  describedBy?: string;
  testId?: string;
}) {
  return (
    <Select
      name={name}
      value={value}
      defaultValue={defaultValue}
      onValueChange={(next) => onValueChange?.(next as Severity)}
    >
      <SelectTrigger
        id={id}
        className="w-full"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        data-testid={testId}
      >
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {severityScale.map((severity) => (
          <SelectItem
            key={severity}
            value={severity}
            data-testid={testId ? `${testId}-${severity}` : undefined}
          >
            {thresholdLabel(severity)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
