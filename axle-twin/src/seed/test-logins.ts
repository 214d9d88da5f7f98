// The sandbox's test logins (Axle's API reference), valid with any carrier in the list.
import type { AxlePolicy } from "../types";
import { autoPolicyTemplates, buildAutoPolicy, type PolicyTemplateKey } from "./auto-policies";
import { buildHomePolicy, type HomeTemplateKey, homePolicyTemplates } from "./home-policies";
import type { PolicyBuildOptions } from "./policy-parts";

export type PolicyTemplate = { key: string; label: string; hasRenewal?: boolean };

export type TestLogin = { password: string } & (
  | { outcome: "policies"; templates: PolicyTemplate[] }
  | { outcome: "error"; message: string }
);

export const testLogins: Record<string, TestLogin> = {
  "user-auto": { password: "pass-auto", outcome: "policies", templates: autoPolicyTemplates },
  "user-home": { password: "pass-home", outcome: "policies", templates: homePolicyTemplates },
  "user-error": {
    password: "pass-error",
    outcome: "error",
    message: "We could not connect to your carrier account.",
  },
};

export function findTemplate(key: string): PolicyTemplate | undefined {
  return [...autoPolicyTemplates, ...homePolicyTemplates].find((template) => template.key === key);
}

export function buildFromTemplate(options: PolicyBuildOptions): AxlePolicy {
  if (homePolicyTemplates.some((template) => template.key === options.key)) {
    return buildHomePolicy({ ...options, key: options.key as HomeTemplateKey });
  }
  return buildAutoPolicy({ ...options, key: options.key as PolicyTemplateKey });
}
