import "server-only";
import { hash, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";
import { limitConcurrency } from "@/lib/concurrency";

// Passwords are hashed with Argon2id (OWASP's parameters: 19 MiB, 2 passes). @node-rs/argon2 hashes on
// libuv's thread pool, so a storm of sign-ins never stalls the event loop the webhooks are answered on.
// Hashes from before (bcrypt, `$2…`) still verify, and are replaced by Argon2id at the next sign-in.

const argon2Options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Hashing runs one at a time per process. Off the event loop is not enough on a small machine: four hashes at
 * once would take every core from the event loop too. A storm of sign-ins then queues behind itself, and the
 * webhooks keep their answer times.
 */
const oneAtATime = limitConcurrency(1);

export function hashPassword(password: string): Promise<string> {
  return oneAtATime(() => hash(password, argon2Options));
}

export function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (isLegacyHash(stored)) return oneAtATime(() => bcrypt.compare(password, stored));
  return oneAtATime(() => verify(stored, password)).catch(() => false);
}

/** A bcrypt hash, from before Argon2id: rehashed when its owner next signs in. */
export const isLegacyHash = (stored: string) => stored.startsWith("$2");

// A hash of nothing anyone knows, made once: verifying against it costs what a real verification costs.
let dummyHash: Promise<string> | null = null;

/**
 * Spends a real verification's time when there is no hash to check (unknown email, no password, disabled user),
 * so that how long sign-in takes does not tell which emails have accounts. Always false.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword(`no-such-user-${Math.random()}`).catch((error) => {
    dummyHash = null; // tried again next time, rather than failing every unknown email from now on
    throw error;
  });
  await verifyPassword(password, await dummyHash);
  return false;
}
