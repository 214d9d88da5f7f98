// One seeded borrower: the loan file (borrower, collateral), the Ignition link they were sent and, unless they
// never used it, what connecting brought in (seed-connection.ts).
import { type Batch, newAxleId, newUuid, type SeedContext } from "./batch";
import { seedIdentity } from "./borrower-identity";
import { hourMs, hoursBefore } from "./dates";
import { between, pick, seededRandom } from "./random";
import { hasPolicy, pickScenario } from "./scenarios";
import { seedConnection } from "./seed-connection";
import { seedVehicle } from "./vehicles";

export function seedBorrower(ctx: SeedContext, batch: Batch, loanNumber: number): void {
  // One generator per borrower, seeded by its loan number: borrower N is the same whatever the batch size.
  const random = seededRandom(ctx.seed ^ Math.imul(loanNumber, 0x9e3779b1));
  const identity = seedIdentity(random, loanNumber);
  const scenario = pickScenario(random);
  batch.scenarios[scenario] = (batch.scenarios[scenario] ?? 0) + 1;

  // Loans were booked over the last 14 months; problem cases need some history behind them.
  const ageDays = between(random, scenario === "compliant" ? 1 : 12, 420);
  const createdAt = hoursBefore(ctx.now, ageDays * 24 + between(random, 0, 20));
  const borrowerId = newUuid();
  const { address: _address, ...fields } = identity;
  batch.borrower.push({ id: borrowerId, ...fields, createdAt, updatedAt: createdAt });

  const vehicle = seedVehicle(random, loanNumber);
  // A few loan files were booked without the VIN: vin-match then has nothing to compare.
  const hasCollateral = random() < 0.97;
  if (hasCollateral) {
    const { vin, year, make, model } = vehicle;
    batch.vehicle.push({ id: newUuid(), borrowerId, vin, year, make, model, createdAt });
  }

  const token = newAxleId("ign");
  const session = {
    id: newUuid(),
    borrowerId,
    token,
    uri: `https://ignition.axle.insure/?token=${token}`,
    startedById: ctx.actorId,
    createdAt,
    result: null as string | null,
    exitStep: null as string | null,
    openedAt: null as Date | null,
    completedAt: null as Date | null,
    updatedAt: createdAt,
  };
  if (!hasPolicy(scenario)) {
    // Never connected: most never opened the link; some opened it, some gave up on the carrier login.
    const status = pick(random, ["CREATED", "CREATED", "OPENED", "EXITED"] as const);
    if (status !== "CREATED")
      session.openedAt = new Date(createdAt.getTime() + between(random, 1, 48) * hourMs);
    if (status === "EXITED")
      session.exitStep = pick(random, ["carrier-select", "carrier-login", "policy-select"]);
    batch.ignition.push({ ...session, status, updatedAt: session.openedAt ?? createdAt });
    return;
  }
  const openedAt = new Date(createdAt.getTime() + between(random, 5, 20 * 60) * 60_000);
  const connectedAt = new Date(openedAt.getTime() + between(random, 2, 12) * 60_000);
  batch.ignition.push({
    ...session,
    status: "COMPLETED",
    result: random() < 0.95 ? "link" : "proxy",
    openedAt,
    completedAt: connectedAt,
    updatedAt: connectedAt,
  });
  seedConnection(ctx, batch, {
    random,
    borrowerId,
    identity,
    vehicle,
    hasCollateral,
    scenario,
    connectedAt,
    ignitionSessionId: session.id,
  });
}
