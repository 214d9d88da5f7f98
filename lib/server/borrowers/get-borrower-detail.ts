import "server-only";
import { cache } from "react";
import { db } from "../db";
import { borrowerIdPattern } from "./get-borrower-header";

const evaluationSelect = {
  outcome: true,
  results: true,
  evaluatedAt: true,
  profileVersion: { select: { version: true, profile: { select: { name: true } } } },
} as const;

/** The record's Compliance tab: sessions, connections, policies with their evaluation, violations. Never the token. */
export const getBorrowerDetail = cache(async (borrowerId: string) => {
  if (!borrowerIdPattern.test(borrowerId)) return null;
  return db.borrower.findUnique({
    where: { id: borrowerId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      emailOptedOutAt: true,
      requirementProfileId: true,
      ignitionSessions: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          uri: true,
          status: true,
          result: true,
          exitStep: true,
          message: true,
          createdAt: true,
          completedAt: true,
        },
      },
      connections: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          accountId: true,
          isMonitoring: true,
          connectionStatus: true,
          descopedAt: true,
          descopedBy: { select: { name: true } },
          account: { select: { carrier: true, refreshedAt: true } },
          policies: {
            orderBy: { id: "asc" },
            select: {
              id: true,
              policyNumber: true,
              carrier: true,
              type: true,
              isActive: true,
              effectiveDate: true,
              expirationDate: true,
              refreshedAt: true,
              modifiedAt: true,
              _count: { select: { snapshots: true } },
              evaluations: { orderBy: { evaluatedAt: "desc" }, take: 1, select: evaluationSelect },
            },
          },
        },
      },
      // The rules about the borrower as a whole, over all of their policies.
      evaluations: {
        orderBy: { evaluatedAt: "desc" },
        take: 1,
        select: evaluationSelect,
      },
      violations: {
        orderBy: { firstSeenAt: "desc" },
        select: {
          id: true,
          policyId: true,
          ruleKey: true,
          status: true,
          severity: true,
          outcome: true,
          message: true,
          evidence: true,
          firstSeenAt: true,
          resolvedAt: true,
          acknowledgedAt: true,
          waivedUntil: true,
          waiverReason: true,
          dueAt: true,
          assignee: { select: { id: true, name: true } },
          comments: {
            orderBy: { createdAt: "asc" },
            select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
          },
        },
      },
    },
  });
});

export type BorrowerDetail = NonNullable<Awaited<ReturnType<typeof getBorrowerDetail>>>;
