// What every sandbox policy template shares: its build options and the parts built the same way.
import type { Random } from "../random";
import type { IgnitionUser } from "../types";

export type PolicyBuildOptions<Key extends string = string> = {
  key: Key;
  accountId: string;
  carrier: string;
  user?: IgnitionUser;
  publicUrl: string;
  now: Date;
  random?: Random;
};

const day = 24 * 60 * 60 * 1000;

/** A term boundary `days` from now, at 04:00Z (midnight US Eastern, as in Axle's examples). */
export function termDate(now: Date, days: number): string {
  return `${new Date(now.getTime() + days * day).toISOString().slice(0, 10)}T04:00:00.000Z`;
}

export function declarationPage(publicUrl: string, policyId: string, createdAt: string) {
  return {
    name: "Declaration Page",
    source: "carrier",
    type: ["declaration-page"],
    url: `${publicUrl}/documents/${policyId}/declaration-page.pdf`,
    createdAt,
  };
}

/** A new object's three timestamps: created, modified and refreshed now. */
export function stampedNow(now: Date) {
  const timestamp = now.toISOString();
  return { createdAt: timestamp, modifiedAt: timestamp, refreshedAt: timestamp };
}
