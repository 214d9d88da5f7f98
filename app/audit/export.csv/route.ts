import { auditFiltersSchema } from "@/lib/server/audit/list-audit";
import { exportAudit } from "@/lib/server/exports/export-audit";
import { userRoute } from "@/lib/server/http/user-route";

// The audit log as CSV, with the page's own query string (/audit?action=… → this ?action=…).
export const GET = userRoute({ permission: "audit.read", query: auditFiltersSchema }, ({ user, query }) =>
  exportAudit({ filters: query, actor: user }),
);
