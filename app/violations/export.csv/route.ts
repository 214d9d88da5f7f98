import { exportViolations } from "@/lib/server/exports/export-violations";
import { userRoute } from "@/lib/server/http/user-route";
import { violationFiltersSchema } from "@/lib/server/violations/list-violations";

// The violation queue as CSV, with the queue's own query string (/violations?status=OPEN → this ?status=OPEN).
export const GET = userRoute(
  { permission: "violations.read", query: violationFiltersSchema },
  ({ user, query }) => exportViolations({ filters: query, actor: user }),
);
