// What an admin submits for a requirement profile: checked here, once, before anything is written.
import { z } from "zod";
import { rulesByKey } from "./rule-catalog";

export const severities = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;

export const profileRuleSchema = z
  .object({
    ruleKey: z.string(),
    severity: z.enum(severities),
    input: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine((rule, context) => {
    const definition = rulesByKey.get(rule.ruleKey);
    if (!definition) {
      context.addIssue({ code: "custom", message: `Unknown rule "${rule.ruleKey}"`, path: ["ruleKey"] });
      return;
    }
    const parsed = definition.inputSchema.safeParse(rule.input);
    if (!parsed.success)
      context.addIssue({
        code: "custom",
        message: `${definition.title}: ${parsed.error.issues[0]?.message}`,
        path: ["input"],
      });
  });

export const profileInputSchema = z.object({
  name: z.string().trim().min(1, "Give the profile a name").max(120),
  description: z.string().trim().max(500).optional(),
  rules: z
    .array(profileRuleSchema)
    .min(1, "Choose at least one rule")
    .refine(
      (rules) => new Set(rules.map((rule) => rule.ruleKey)).size === rules.length,
      "Each rule can appear once",
    ),
  reminderDays: z.array(z.number().int().min(1).max(365)).max(10).default([7, 14]),
  /** Days after the invitation on which a borrower who has not connected is reminded. */
  chaseDays: z.array(z.number().int().min(1).max(365)).max(10).default([3, 7, 14]),
  autoOutreach: z.boolean().default(false),
});

export type ProfileInput = z.input<typeof profileInputSchema>;
