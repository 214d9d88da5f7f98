import { findSessionUser } from "@/lib/server/auth/sessions";
import { env } from "@/lib/server/env";
import { userRoute } from "@/lib/server/http/user-route";
import { getLiveHub } from "@/lib/server/live/live-hub";
import { openLiveStream } from "@/lib/server/live/open-live-stream";

// Live updates for the dashboard's open pages, as Server-Sent Events (docs/live-updates.md). Signed-in users
// only: 401 JSON otherwise, which an EventSource does not retry.
export const dynamic = "force-dynamic";

export const GET = userRoute({ permission: "dashboard.read" }, async ({ request, user }) =>
  openLiveStream({
    hub: getLiveHub(),
    signal: request.signal,
    heartbeatMs: env.LIVE_HEARTBEAT_SECONDS * 1000,
    isStillSignedIn: async () =>
      (await findSessionUser({ userId: user.id, sessionId: user.sessionId })) !== null,
  }),
);
