// The common carrier-side changes, by name: one click in the control panel, one call in the admin API.
// Each goes through changes.ts, so Coverwatch hears about it exactly as it would from Axle.
import { changeAccount, changePolicy, publishRenewal, setStale } from "./changes";
import type { TwinContext } from "./context";
import { errors } from "./http";
import { withCheckDigit } from "./seed/vin";
import type { AxlePolicy } from "./types";

type Coverage = {
  code: string;
  deductible?: number | null;
  limitPerPerson?: number | null;
  limitPerAccident?: number | null;
};
type ThirdParty = { type: string; name: string };
type Input = Record<string, unknown>;
type Action<Id> = { label: string; run(context: TwinContext, id: Id, input: Input): unknown };

function policyOf(context: TwinContext, policyId: string): AxlePolicy {
  const policy = context.store.policies.get(policyId);
  if (!policy) throw errors.notFound("Policy not found");
  return policy;
}

const coveragesOf = (policy: AxlePolicy) => (policy.coverages as Coverage[] | undefined) ?? [];
const thirdPartiesOf = (policy: AxlePolicy) => (policy.thirdParties as ThirdParty[] | undefined) ?? [];

export const policyActions: Record<string, Action<string>> = {
  cancel: {
    label: "Cancel the policy",
    run: (context, id) => changePolicy(context, id, { isActive: false }),
  },
  reinstate: {
    label: "Reinstate the policy",
    run: (context, id) => changePolicy(context, id, { isActive: true }),
  },
  "raise-deductible": {
    label: "Raise the collision and comprehensive deductibles by $500",
    run: (context, id, input) => {
      const step = Number(input.by ?? 500);
      const coverages = coveragesOf(policyOf(context, id)).map((coverage) =>
        ["COLL", "COMP"].includes(coverage.code) && typeof coverage.deductible === "number"
          ? { ...coverage, deductible: coverage.deductible + step }
          : coverage,
      );
      return changePolicy(context, id, { coverages });
    },
  },
  "lower-limit": {
    label: "Halve the bodily injury and property damage limits",
    run: (context, id) => {
      const half = (value: number | null | undefined) =>
        typeof value === "number" ? Math.round(value / 2) : value;
      const coverages = coveragesOf(policyOf(context, id)).map((coverage) =>
        ["BI", "PD"].includes(coverage.code)
          ? {
              ...coverage,
              ...("limitPerPerson" in coverage ? { limitPerPerson: half(coverage.limitPerPerson) } : {}),
              ...("limitPerAccident" in coverage
                ? { limitPerAccident: half(coverage.limitPerAccident) }
                : {}),
            }
          : coverage,
      );
      return changePolicy(context, id, { coverages });
    },
  },
  "remove-lienholder": {
    label: "Remove the lienholder",
    run: (context, id) =>
      changePolicy(context, id, {
        thirdParties: thirdPartiesOf(policyOf(context, id)).filter((party) => party.type !== "lienholder"),
      }),
  },
  "rename-lienholder": {
    label: "Rename the lienholder",
    run: (context, id, input) => {
      const name = typeof input.name === "string" && input.name ? input.name : "Another Bank N.A.";
      return changePolicy(context, id, {
        thirdParties: thirdPartiesOf(policyOf(context, id)).map((party) =>
          party.type === "lienholder" ? { ...party, name } : party,
        ),
      });
    },
  },
  "swap-vehicle": {
    label: "Swap the vehicle for another",
    run: (context, id) => {
      const properties =
        (policyOf(context, id).properties as { id: string; type: string; data: Record<string, unknown> }[]) ??
        [];
      const [first, ...rest] = properties;
      if (!first) throw errors.badRequest("This policy has no vehicle to swap");
      const replacement = {
        vin: withCheckDigit("3VWC57BU0KM104938"),
        make: "Volkswagen",
        model: "Jetta",
        year: "2019",
        use: "commute",
        bodyStyle: "sedan",
      };
      return changePolicy(context, id, { properties: [{ ...first, data: replacement }, ...rest] });
    },
  },
  "publish-renewal": { label: "Publish a renewal term", run: (context, id) => publishRenewal(context, id) },
};

export const accountActions: Record<string, Action<string>> = {
  "expire-credentials": {
    label: "Expire the credentials (account.disconnected)",
    run: (context, id) => changeAccount(context, id, { connection: { status: "credentials-expired" } }),
  },
  "expire-mfa": {
    label: "Expire MFA (account.disconnected)",
    run: (context, id) => changeAccount(context, id, { connection: { status: "mfa-expired" } }),
  },
  reconnect: {
    label: "Reconnect",
    run: (context, id) => changeAccount(context, id, { connection: { status: "active" } }),
  },
  "stop-refreshing": {
    label: "Stop refreshing (stale connection)",
    run: (context, id) => setStale(context, id, true),
  },
  "resume-refreshing": { label: "Resume refreshing", run: (context, id) => setStale(context, id, false) },
};

export function runAction(
  registry: Record<string, Action<string>>,
  name: string,
  context: TwinContext,
  id: string,
  input: Input = {},
) {
  const action = registry[name];
  if (!action) throw errors.notFound(`No action "${name}"`);
  return action.run(context, id, input);
}
