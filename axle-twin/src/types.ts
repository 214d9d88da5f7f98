// The twin's own records. Account and Policy bodies are kept exactly in Axle's JSON shape
// (Axle's API reference) so that they can be returned as they are.

export type IgnitionUser = {
  id: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
};
export type Metadata = Record<string, string | number | boolean | null>;

export type IgnitionStatus = "created" | "opened" | "completed" | "exited" | "errored";

export type IgnitionSession = {
  token: string;
  clientId: string;
  redirectUri?: string;
  webhookUri?: string;
  user?: IgnitionUser;
  metadata?: Metadata;
  status: IgnitionStatus;
  carrier?: string;
  username?: string;
  selectedPolicy?: string;
  createdAt: string;
};

export type AuthCode = {
  code: string;
  accessToken: string;
  expiresAt: number;
  isUsed: boolean;
};

/** One access token: the carrier account and policies it reaches, and where its monitoring events go. */
export type AccessGrant = {
  token: string;
  clientId: string;
  accountId: string;
  policyIds: string[];
  isMonitoring: boolean;
  webhookUri?: string;
  user?: IgnitionUser;
  metadata?: Metadata;
};

export type JsonObject = { [key: string]: unknown };
export type AxleAccount = JsonObject & { id: string; policies: string[] };
export type AxlePolicy = JsonObject & { id: string; account: string };

/** The twin's own switches for an account (never served). */
export type AccountControl = { isStale: boolean };

export type WebhookDelivery = {
  eventId: string;
  type: string;
  url: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  /** What fault injection did to this delivery, if anything. */
  fault?: "dropped" | "duplicated" | "reordered";
};
