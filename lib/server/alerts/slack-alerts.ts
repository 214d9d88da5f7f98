import "server-only";
import type { Tx } from "../db";
import type { OpenedViolation } from "./user-alerts";

/** Each Slack channel whose threshold the violation reaches gets one message (issue 13, §2). */
export async function recordSlackAlerts(_tx: Tx, _violation: OpenedViolation): Promise<void> {
  // Filled in by the Slack work.
}
