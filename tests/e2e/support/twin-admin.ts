// The twin's control-panel actions over its admin API, as a test fires them.
import type { Stack } from "./fixtures";

export async function twinPolicyAction(
  stack: Stack,
  policyId: string,
  action: string,
  input: Record<string, unknown> = {},
) {
  const response = await fetch(`${stack.twinUrl}/_twin/policies/${policyId}/actions/${action}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-client-id": stack.axleClient.id,
      "x-client-secret": stack.axleClient.secret,
    },
    body: JSON.stringify(input),
  });
  if (!response.ok)
    throw new Error(`twin action ${action} failed: ${response.status} ${await response.text()}`);
  return (await response.json()).data;
}

/** Sets the twin's fault injection (see axle-twin/README.md); `null` clears it. */
export async function setTwinFaults(stack: Stack, faults: Record<string, unknown> | null) {
  const response = await fetch(`${stack.twinUrl}/_twin/faults`, {
    method: faults ? "PUT" : "DELETE",
    headers: {
      "content-type": "application/json",
      "x-client-id": stack.axleClient.id,
      "x-client-secret": stack.axleClient.secret,
    },
    body: faults ? JSON.stringify(faults) : undefined,
  });
  if (!response.ok)
    throw new Error(`setting twin faults failed: ${response.status} ${await response.text()}`);
}
