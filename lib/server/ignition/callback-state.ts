import "server-only";
import { ignitionCallbackState } from "@/lib/crypto/signature";
import { isSignedBy } from "../crypto/signature";
import { env } from "../env";

// The `state` in the redirectUri given to Axle: a signature of our Ignition session's id. The callback acts only
// on a redirect carrying it, so nobody can end, fail or complete a session by making up a URL. It is spent by
// use: once a session has completed, no callback changes it again (complete-ignition.ts claims it once).

export const callbackState = (sessionId: string) => ignitionCallbackState(env.NEXTAUTH_SECRET, sessionId);

export const isCallbackState = (state: unknown, sessionId: string) =>
  isSignedBy(state, "ignition-callback", sessionId);
