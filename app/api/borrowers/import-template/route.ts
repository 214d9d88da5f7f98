import { can } from "@/lib/auth/permissions";
import { importTemplate } from "@/lib/import/borrower-import";
import { getCurrentUser } from "@/lib/server/auth/current-user";

// The CSV template for the borrower import, for signed-in admins.
export async function GET() {
  const user = await getCurrentUser();
  if (!user || !can(user.role, "borrowers.import"))
    return Response.json({ error: { code: "forbidden", message: "Not allowed." } }, { status: 403 });
  return new Response(importTemplate(), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="coverwatch-borrowers.csv"',
    },
  });
}
