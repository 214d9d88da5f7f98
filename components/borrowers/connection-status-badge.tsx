import { Badge, type BadgeVariant } from "@/components/ui/badge";

// Axle's connection statuses in words; an unknown one is spelled out rather than shown as a slug.
const labels: Record<string, { label: string; variant: BadgeVariant }> = {
  active: { label: "Active", variant: "success" },
  inactive: { label: "Inactive", variant: "warning" },
  "credentials-expired": { label: "Credentials expired", variant: "danger" },
  "mfa-expired": { label: "Multi-factor sign-in expired", variant: "danger" },
  "account-disabled": { label: "Account disabled", variant: "danger" },
  "account-inaccessible": { label: "Account unreachable", variant: "danger" },
};

function spellOut(status: string) {
  const words = status.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The carrier connection's status as Axle reports it, in words. */
export function ConnectionStatusBadge({ status }: { status: string }) {
  const known = labels[status] ?? { label: spellOut(status), variant: "neutral" as const };
  return (
    <Badge variant={known.variant} testId="connection-status" data-status={status}>
      {known.label}
    </Badge>
  );
}
