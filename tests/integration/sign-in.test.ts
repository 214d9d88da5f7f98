// Sign-in by password against a real PostgreSQL: Argon2id hashes (old bcrypt ones still verify and are
// replaced at the next sign-in), unknown emails cost a real verification, and attempts are throttled per
// account and address, per account, and per address, in the database every web process shares.
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(() => harness.close());

const uniqueEmail = () => `signin-${randomBytes(4).toString("hex")}@example.com`;
const uniqueAddress = () => `192.0.2.${Math.floor(Math.random() * 250)}-${randomBytes(2).toString("hex")}`;

/** The credentials provider's own check, as next-auth calls it. */
async function authorize(email: string, password: string) {
  const { authOptions } = await import("@/lib/server/auth/auth-options");
  const provider = authOptions.providers.find((candidate) => candidate.id === "credentials") as unknown as {
    options: { authorize: (credentials: Record<string, string>) => Promise<{ id: string } | null> };
  };
  return provider.options.authorize({ email, password });
}

async function userWithPassword(passwordHash: string) {
  return harness.db.user.create({
    data: { email: uniqueEmail(), name: "Sign-in Tester", role: "VIEWER", passwordHash },
  });
}

describe("password hashes", () => {
  it("are Argon2id, and verify only the right password", async () => {
    const { hashPassword, verifyPassword } = await import("@/lib/server/auth/password");
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
  });

  it("from before (bcrypt) still let their owner in, and become Argon2id at that sign-in", async () => {
    const user = await userWithPassword(await bcrypt.hash("old password 1", 10));
    expect(await authorize(user.email, "wrong password")).toBeNull();
    expect((await harness.db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toMatch(
      /^\$2/,
    );

    expect(await authorize(user.email, "old password 1")).toMatchObject({ id: user.id });
    const rehashed = (await harness.db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash ?? "";
    expect(rehashed).toMatch(/^\$argon2id\$/);
    expect(await authorize(user.email, "old password 1")).toMatchObject({ id: user.id });
  });

  it("make an unknown email cost what a known one does, so timing does not tell which emails have accounts", async () => {
    const { hashPassword } = await import("@/lib/server/auth/password");
    const known = await userWithPassword(await hashPassword("the real one"));
    const time = async (email: string) => {
      const startedAt = performance.now();
      await authorize(email, "a wrong guess");
      return performance.now() - startedAt;
    };
    await time(uniqueEmail()); // the dummy hash is made on first use
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    // Interleaved, so that whatever else the machine does weighs on both alike.
    for (let round = 0; round < 7; round++) {
      knownTimes.push(await time(known.email));
      unknownTimes.push(await time(uniqueEmail()));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[3] ?? 0;
    const ratio = median(unknownTimes) / median(knownTimes);
    // Without the dummy verification an unknown email answers in a database lookup: a ratio near 0.
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});

describe("sign-in throttling", () => {
  it("lets 10 attempts per account and address through, then refuses with the time to wait", async () => {
    const { countSignInAttempt } = await import("@/lib/server/auth/sign-in-throttle");
    const attempt = { email: uniqueEmail(), address: uniqueAddress() };
    for (let index = 0; index < 10; index++) expect(await countSignInAttempt(attempt)).toBeNull();
    const refused = await countSignInAttempt(attempt);
    expect(refused?.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(refused?.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // The same account from elsewhere still may, as may another account from here.
    expect(await countSignInAttempt({ ...attempt, address: uniqueAddress() })).toBeNull();
    expect(await countSignInAttempt({ ...attempt, email: uniqueEmail() })).toBeNull();
  });

  it("counts concurrent attempts one by one: a burst of 40 lets exactly 10 through", async () => {
    const { countSignInAttempt } = await import("@/lib/server/auth/sign-in-throttle");
    const attempt = { email: uniqueEmail(), address: uniqueAddress() };
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => countSignInAttempt(attempt)));
    expect(outcomes.filter((outcome) => outcome === null)).toHaveLength(10);
  });

  it("stops one account guessed from many addresses after 30, and one address guessing many accounts after 100", async () => {
    const { countSignInAttempt } = await import("@/lib/server/auth/sign-in-throttle");
    const email = uniqueEmail();
    for (let index = 0; index < 30; index++)
      expect(await countSignInAttempt({ email, address: uniqueAddress() })).toBeNull();
    expect(await countSignInAttempt({ email, address: uniqueAddress() })).not.toBeNull();

    const address = uniqueAddress();
    for (let index = 0; index < 100; index++)
      expect(await countSignInAttempt({ email: uniqueEmail(), address })).toBeNull();
    expect(await countSignInAttempt({ email: uniqueEmail(), address })).not.toBeNull();
  });

  it("does not let a guesser already stopped at one address use up the account's allowance elsewhere", async () => {
    const { countSignInAttempt } = await import("@/lib/server/auth/sign-in-throttle");
    const attempt = { email: uniqueEmail(), address: uniqueAddress() };
    for (let index = 0; index < 10; index++) expect(await countSignInAttempt(attempt)).toBeNull();
    for (let index = 0; index < 40; index++) expect(await countSignInAttempt(attempt)).not.toBeNull();
    // Only the ten let through counted against the account: from elsewhere, twenty more still may.
    for (let index = 0; index < 20; index++)
      expect(await countSignInAttempt({ ...attempt, address: uniqueAddress() })).toBeNull();
  });

  it("reads the client's address the given number of proxies from the end of X-Forwarded-For", async () => {
    const { clientAddress } = await import("@/lib/server/auth/sign-in-throttle");
    expect(clientAddress("198.51.100.7", 1)).toBe("198.51.100.7");
    // A client that writes the header itself is followed by what our proxy appended.
    expect(clientAddress("6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7, 10.0.0.2", 2)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7", 2)).toBe("198.51.100.7");
    expect(clientAddress(" , ", 1)).toBe("unknown");
    expect(clientAddress(null, 1)).toBe("unknown");
  });

  it("starts an account afresh after a successful sign-in, cleared by the password check itself", async () => {
    const { countSignInAttempt } = await import("@/lib/server/auth/sign-in-throttle");
    const { hashPassword } = await import("@/lib/server/auth/password");
    const user = await userWithPassword(await hashPassword("the right one"));
    // authorize() is called without forwarded headers here: the address reads as "unknown".
    const attempt = { email: user.email, address: "unknown" };
    for (let index = 0; index < 9; index++) await countSignInAttempt(attempt);
    expect(await authorize(user.email, "a wrong one")).toBeNull();
    expect(await countSignInAttempt(attempt)).toBeNull(); // the tenth
    expect(await authorize(user.email, "the right one")).toMatchObject({ id: user.id });
    for (let index = 0; index < 10; index++) expect(await countSignInAttempt(attempt)).toBeNull();
  });

  it("stores neither emails nor addresses, only keyed hashes of them", async () => {
    const { countSignInAttempt } = await import("@/lib/server/auth/sign-in-throttle");
    const attempt = { email: uniqueEmail(), address: uniqueAddress() };
    await countSignInAttempt(attempt);
    const rows = await harness.db.signInThrottle.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.key).not.toContain(attempt.email);
      expect(row.key).not.toContain(attempt.address);
    }
  });
});
