import "server-only";
import bcrypt from "bcryptjs";

const cost = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, cost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// A hash of nothing anyone knows, made once: comparing against it costs what a real comparison costs.
let dummyHash: Promise<string> | null = null;

/**
 * Spends a real comparison's time when there is no hash to check (unknown email, no password, disabled user),
 * so that how long sign-in takes does not tell which emails have accounts. Always false.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummyHash ??= bcrypt.hash(`no-such-user-${Math.random()}`, cost);
  await bcrypt.compare(password, await dummyHash);
  return false;
}
