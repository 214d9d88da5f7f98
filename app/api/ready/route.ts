import { checkReadiness } from "@/lib/server/health/check-readiness";

// Readiness: 200 when the database answers, every migration is applied and the job queue runs; 503 otherwise.
export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.isReady ? 200 : 503 });
}
