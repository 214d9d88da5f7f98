import "server-only";
import { decryptToken } from "../crypto/token-cipher";
import { db } from "../db";
import { AppError } from "../errors";

/** A connection with its access token decrypted, for one call to Axle. The token never leaves the server. */
export async function getConnectionWithToken(connectionId: string) {
  const connection = await db.axleConnection.findUnique({ where: { id: connectionId } });
  if (!connection) throw new AppError("not_found", "Connection not found.");
  return { connection, accessToken: decryptToken(connection.accessTokenEncrypted) };
}
