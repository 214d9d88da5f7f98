// Liveness: the web process is up and serving. Readiness (database, migrations, queue) is /api/ready, issue #5.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" });
}
