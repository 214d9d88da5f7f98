// The credentials the twin accepts unless the environment says otherwise. They only ever open the local twin;
// they are documented in axle-twin/README.md and used by `npm start` when AXLE_BASE_URL is unset.
export const twinDefaults = {
  port: 4010,
  clientId: "cli_coverwatch_twin",
  clientSecret: "sk_twin_local_only",
  webhookHeader: "x-webhook-secret",
} as const;
