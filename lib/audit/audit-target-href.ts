// Where an audit row's target can be seen, when the dashboard has a page for it.
export function auditTargetHref(row: {
  targetType: string;
  targetId: string;
  details: unknown;
}): string | null {
  const details = (row.details ?? {}) as Record<string, unknown>;
  switch (row.targetType) {
    case "Borrower":
      return row.targetId === "*" ? "/borrowers" : `/borrowers/${row.targetId}`;
    case "RequirementProfile":
      return `/requirements/${row.targetId}`;
    case "AxleConnection":
      return typeof details.borrowerId === "string" ? `/borrowers/${details.borrowerId}` : null;
    case "Violation":
      return row.targetId === "*" ? "/violations" : null;
    default:
      return null;
  }
}
