import "server-only";
import { isSignedWithKey, signWithKey } from "@/lib/crypto/signature";
import { env } from "../env";

/** The app's own signature of these parts (keyed by NEXTAUTH_SECRET). */
export const sign = (purpose: string, ...parts: string[]) =>
  signWithKey(env.NEXTAUTH_SECRET, purpose, ...parts);

/** Whether `signature` is the app's own signature of these parts. */
export const isSignedBy = (signature: unknown, purpose: string, ...parts: string[]) =>
  isSignedWithKey(env.NEXTAUTH_SECRET, signature, purpose, ...parts);
