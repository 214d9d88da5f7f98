// The carrier connection behind the policy is live.
//
// Boundaries and missing data:
// - pass: `active`. caution: `inactive` (a manual completion: nobody will tell us when that policy changes).
// - fail: any other status (credentials or MFA expired, disabled, inaccessible). unknown: no account yet.
import { z } from "zod";
import { result } from "../policy-facts";
import { defineRule } from "../types";

const key = "account-connected";
const required = "connection active";

const reasons: Record<string, string> = {
  "credentials-expired": "the borrower's carrier password changed or expired",
  "mfa-expired": "the carrier asked for multi-factor authentication again",
  "account-disabled": "the carrier disabled the account",
  "account-inaccessible": "Axle could not reach the account",
};

export const accountConnectedRule = defineRule({
  key,
  title: "Carrier account connected",
  description: "Axle's connection to the borrower's carrier account is active, so changes are reported.",
  boundaries:
    "Active passes. A manual upload (inactive) is a caution: nobody reports its changes. Any other status (expired credentials or MFA, disabled, inaccessible) fails. Unknown before the account is fetched.",
  inputSchema: z.object({}),
  fields: [],
  evaluate({ account }) {
    if (!account)
      return result(key, "unknown", "No account information yet.", { required, found: "no account" });
    const status = account.connectionStatus;
    if (status === "active")
      return result(key, "pass", "The carrier account is connected.", { required, found: status });
    if (status === "inactive")
      return result(
        key,
        "caution",
        "This policy was entered by hand: no carrier connection will report changes.",
        { required, found: status },
      );
    return result(key, "fail", `The carrier account is disconnected: ${reasons[status] ?? status}.`, {
      required,
      found: status,
    });
  },
});
