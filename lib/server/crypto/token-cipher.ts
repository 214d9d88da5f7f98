import "server-only";
import { decryptWithKey, digestWithKey, encryptWithKey } from "@/lib/crypto/token-cipher";
import { env } from "../env";

// Access tokens at rest, under TOKEN_ENCRYPTION_KEY.
const key = () => Buffer.from(env.TOKEN_ENCRYPTION_KEY, "base64");

export const encryptToken = (token: string) => encryptWithKey(key(), token);
export const decryptToken = (stored: string) => decryptWithKey(key(), stored);
export const tokenDigest = (token: string) => digestWithKey(key(), token);
