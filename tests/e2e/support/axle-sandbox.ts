// Test-side access to the Axle twin's sandbox endpoints, with the connection's real access token (read from the
// database and decrypted with the stack's key, exactly as the app stores it).
import type pg from "pg";
import { decryptWithKey } from "../../../lib/crypto/token-cipher";
import type { Stack } from "./fixtures";

export async function accessTokenForPolicy(db: pg.Client, stack: Stack, policyId: string): Promise<string> {
  const result = await db.query<{ accessTokenEncrypted: string }>(
    'SELECT c."accessTokenEncrypted" FROM "AxleConnection" c JOIN "Policy" p ON p."connectionId" = c.id WHERE p.id = $1',
    [policyId],
  );
  const stored = result.rows[0]?.accessTokenEncrypted;
  if (!stored) throw new Error(`no connection for policy ${policyId}`);
  return decryptWithKey(Buffer.from(stack.tokenEncryptionKey, "base64"), stored);
}

export async function triggerPolicyEvent(
  stack: Stack,
  accessToken: string,
  policyId: string,
  changes: Record<string, unknown>,
) {
  const response = await fetch(`${stack.twinUrl}/sandbox/policies/${policyId}/event`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-client-id": stack.axleClient.id,
      "x-client-secret": stack.axleClient.secret,
      "x-access-token": accessToken,
    },
    body: JSON.stringify(changes),
  });
  if (!response.ok) throw new Error(`sandbox event failed: ${response.status} ${await response.text()}`);
}
