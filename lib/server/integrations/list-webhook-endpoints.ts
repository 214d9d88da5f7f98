import "server-only";
import { cache } from "react";
import { db } from "../db";

const endpointSelect = {
  id: true,
  url: true,
  description: true,
  eventTypes: true,
  isEnabled: true,
  disabledReason: true,
  failingSince: true,
  previousSecretExpiresAt: true,
  createdAt: true,
} as const;

/**
 * Every webhook endpoint with its events, state and newest delivery, newest first. Never a secret. A lender has a
 * handful of endpoints: one query, no pages.
 */
export async function listWebhookEndpoints() {
  const endpoints = await db.webhookEndpoint.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      ...endpointSelect,
      deliveries: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { status: true, attempts: true, createdAt: true },
      },
    },
  });
  return endpoints.map(({ deliveries, ...endpoint }) => ({
    ...endpoint,
    lastDelivery: deliveries[0] ?? null,
  }));
}

export type WebhookEndpointRow = Awaited<ReturnType<typeof listWebhookEndpoints>>[number];

/** One endpoint for its page (never its secret), or null when there is no such endpoint. */
export const getWebhookEndpoint = cache((endpointId: string) =>
  db.webhookEndpoint.findUnique({ where: { id: endpointId }, select: endpointSelect }),
);

export type WebhookEndpointDetail = NonNullable<Awaited<ReturnType<typeof getWebhookEndpoint>>>;
