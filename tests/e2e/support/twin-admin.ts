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
