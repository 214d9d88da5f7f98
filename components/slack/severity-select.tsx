"use client";

import { OptionSelect } from "@/components/ui/option-select";
import type { Severity } from "@/generated/prisma/enums";
import { severityScale, thresholdLabel } from "@/lib/alerts/severity-threshold";

const options = severityScale.map((severity) => ({ value: severity, label: thresholdLabel(severity) }));

type Props = Omit<Parameters<typeof OptionSelect<Severity>>[0], "options">;

/** A channel's threshold picker: in a form (by `name`) or controlled (`value` and `onValueChange`). */
export function SeveritySelect(props: Props) {
  return <OptionSelect {...props} options={options} />;
}
