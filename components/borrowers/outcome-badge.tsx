import { Badge, type BadgeVariant } from "@/components/ui/badge";

// A rule's or an evaluation's outcome, in one word and one colour, wherever outcomes are shown.

const outcomes: Record<string, { label: string; variant: BadgeVariant }> = {
  pass: { label: "Pass", variant: "success" },
  fail: { label: "Fail", variant: "danger" },
  caution: { label: "Caution", variant: "warning" },
  unknown: { label: "Unknown", variant: "neutral" },
};

export function OutcomeBadge({ outcome, testId }: { outcome: string; testId?: string }) {
  const known = outcomes[outcome.toLowerCase()] ?? outcomes.unknown;
  return (
    <Badge variant={known?.variant} testId={testId}>
      {known?.label}
    </Badge>
  );
}
