// An Axle Account (lib/axle/schemas.ts) for a seeded connection: the carrier login's holder and its status.
import type { AxleAccount } from "@/lib/axle/schemas";

export function buildAccountBody(input: {
  id: string;
  carrier: string;
  holder: { firstName: string; lastName: string; email: string; phone: string };
  policyIds: string[];
  connectionStatus: string;
  statusUpdatedAt: Date;
  createdAt: Date;
  modifiedAt: Date;
  refreshedAt: Date;
}): AxleAccount {
  return {
    id: input.id,
    carrier: input.carrier,
    ...input.holder,
    policies: input.policyIds,
    connection: { status: input.connectionStatus, updatedAt: input.statusUpdatedAt.toISOString() },
    createdAt: input.createdAt.toISOString(),
    modifiedAt: input.modifiedAt.toISOString(),
    refreshedAt: input.refreshedAt.toISOString(),
  };
}
