// Axle's connection statuses in words; an unknown one is spelled out rather than shown as a slug.
export const connectionStatusLabels: Record<
  string,
  { label: string; tone: "success" | "warning" | "danger" }
> = {
  active: { label: "Active", tone: "success" },
  inactive: { label: "Inactive", tone: "warning" },
  "credentials-expired": { label: "Credentials expired", tone: "danger" },
  "mfa-expired": { label: "Multi-factor sign-in expired", tone: "danger" },
  "account-disabled": { label: "Account disabled", tone: "danger" },
  "account-inaccessible": { label: "Account unreachable", tone: "danger" },
};

/** "credentials-expired" → "Credentials expired"; a status we do not know yet is spelled out. */
export function connectionStatusLabel(status: string): string {
  const known = connectionStatusLabels[status];
  if (known) return known.label;
  const words = status.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
