import { apiRoute } from "@/lib/server/api/api-route";
import { getApiBorrower } from "@/lib/server/api/get-api-borrower";

export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async ({ context }) => {
  const { id } = await context.params;
  return Response.json(await getApiBorrower(id));
});
