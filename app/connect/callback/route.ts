import { NextResponse } from "next/server";
import { isCallbackState } from "@/lib/server/ignition/callback-state";
import { completeIgnition, recordIgnitionEnd } from "@/lib/server/ignition/complete-ignition";

// Where Axle's hosted Ignition sends the borrower's browser back (Axle's `redirectUri`). The borrower is
// not signed in here: the signed state proves the redirect is the one we gave Axle for this session, and the
// one-time authCode, exchanged on the server, proves the completion. A made-up URL changes nothing.
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const sessionId = params.get("session") ?? "";
  const showResult = (outcome: string) =>
    NextResponse.redirect(new URL(`/connect/result?outcome=${outcome}`, request.url), 303);
  if (!isCallbackState(params.get("state"), sessionId)) return showResult("unknown-session");

  switch (params.get("status")) {
    case "complete": {
      const authCode = params.get("authCode");
      if (!authCode) return showResult("failed");
      return showResult(
        await completeIgnition({ sessionId, authCode, result: params.get("result") ?? "link" }),
      );
    }
    case "exit":
      await recordIgnitionEnd(sessionId, { status: "exit", step: params.get("step") ?? "unknown" });
      return showResult("exited");
    case "error":
      await recordIgnitionEnd(sessionId, {
        status: "error",
        message: params.get("message") ?? "Ignition reported an error.",
      });
      return showResult("failed");
    default:
      return showResult("failed");
  }
}
