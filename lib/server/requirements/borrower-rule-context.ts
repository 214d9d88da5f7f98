import "server-only";
import type { AxlePolicy } from "@/lib/axle/schemas";
import type { BorrowerRuleContext } from "@/lib/requirements/types";
import type { Tx } from "../db";

// What a rule about the borrower as a whole may look at, read the same way wherever those rules run: an
// evaluation that is recorded (evaluate-borrower.ts) and a preview that is not (preview-profile.ts).

/** Null when the borrower does not exist. `isDescoped`: they connected, and nobody monitors them any more. */
export async function loadBorrowerRuleContext(
  client: Pick<Tx, "borrower" | "policy">,
  borrowerId: string,
  now: Date,
) {
  const borrower = await client.borrower.findUnique({
    where: { id: borrowerId },
    select: {
      requirementProfileId: true,
      vehicles: { select: { vin: true, year: true, make: true, model: true }, orderBy: { createdAt: "asc" } },
      connections: { select: { isMonitoring: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      // The first email that asked them to connect: an invitation, or a request an officer sent.
      outreach: { select: { createdAt: true }, orderBy: { createdAt: "asc" }, take: 1 },
    },
  });
  if (!borrower) return null;
  const policies = await client.policy.findMany({
    where: { borrowerId, connection: { isMonitoring: true } },
    select: { data: true },
    orderBy: { id: "asc" },
  });
  const { connections } = borrower;
  const context: BorrowerRuleContext = {
    borrower: { vehicles: borrower.vehicles },
    policies: policies.map(({ data }) => data as AxlePolicy),
    invitedAt: borrower.outreach[0]?.createdAt ?? null,
    connectedAt: connections[0]?.createdAt ?? null,
    now,
  };
  return {
    requirementProfileId: borrower.requirementProfileId,
    isDescoped: connections.length > 0 && !connections.some((connection) => connection.isMonitoring),
    context,
  };
}
