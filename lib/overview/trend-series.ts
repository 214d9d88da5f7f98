// The series of the status trend, worst at the bottom of the stack, in the status colours of the design
// system. Shared by the chart (a client component) and its table (rendered on the server).
export const trendSeries = [
  { key: "nonCompliant", label: "Non-compliant", color: "var(--danger)" },
  { key: "disconnected", label: "Disconnected", color: "var(--destructive)" },
  { key: "atRisk", label: "At risk", color: "var(--warning)" },
  { key: "compliant", label: "Compliant", color: "var(--success)" },
  { key: "notConnected", label: "Not connected", color: "var(--info)" },
] as const;
