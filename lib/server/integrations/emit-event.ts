import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import {
  type OutboundEventData,
  type OutboundEventType,
  outboundEventSchemas,
} from "@/lib/integrations/event-types";
import type { Tx } from "../db";
import { deliverOutboundEvent } from "./deliver-outbound-event";

/**
 * Records an event for the lender's systems inside the transaction of the change it reports (an outbox): the
 * event exists exactly when the change commits. The read API lists it; each webhook endpoint subscribed to its
 * type gets a delivery, recorded in the same transaction and sent by a job.
 */
export async function emitEvent<Type extends OutboundEventType>(
  tx: Tx,
  type: Type,
  data: OutboundEventData<Type>,
) {
  // The schema is the contract published to the lender: an event that does not fit it is a bug here.
  const checked = outboundEventSchemas[type].parse(data) as Prisma.InputJsonObject;
  const event = await tx.outboundEvent.create({
    data: { type, borrowerId: data.borrower.id, data: checked },
    select: { id: true, type: true, createdAt: true, data: true },
  });
  await deliverOutboundEvent(tx, event);
  return event;
}

/** Who an event is about, as every event names them. */
export async function borrowerRef(tx: Tx, borrowerId: string) {
  const borrower = await tx.borrower.findUniqueOrThrow({
    where: { id: borrowerId },
    select: { id: true, loanReference: true, firstName: true, lastName: true },
  });
  return {
    id: borrower.id,
    loanReference: borrower.loanReference,
    name: `${borrower.firstName} ${borrower.lastName}`,
  };
}
