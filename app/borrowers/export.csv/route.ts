import { z } from "zod";
import { parseBorrowerListParams } from "@/lib/borrowers/list-params";
import { searchParamsOf } from "@/lib/search-params";
import { exportBorrowers } from "@/lib/server/exports/export-borrowers";
import { userRoute } from "@/lib/server/http/user-route";

// The borrower list as CSV, with the list's own query string (/borrowers?status=at-risk → this ?status=at-risk),
// or `ids=a,b,c` for the rows ticked on a page. Unknown filter values are ignored, as on the list.
const query = z.looseObject({
  ids: z
    .string()
    .regex(/^[\w-]+(,[\w-]+){0,99}$/, "ids: up to 100 borrower ids, separated by commas")
    .optional(),
});

export const GET = userRoute({ permission: "borrowers.read", query }, ({ user, query, request }) => {
  const target = query.ids
    ? { borrowerIds: query.ids.split(",") }
    : {
        filters: parseBorrowerListParams(searchParamsOf(new URL(request.url).searchParams)).filters,
      };
  return exportBorrowers({ target, actor: user });
});
