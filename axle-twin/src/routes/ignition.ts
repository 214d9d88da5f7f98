// POST /ignition (Axle's API reference).
import { z } from "zod";
import { hasHeader, requireClient, type TwinContext } from "../context";
import { errors, readJson, sendData } from "../http";
import { newId } from "../ids";
import type { Router } from "../router";
import { sessionContext } from "../webhooks";

const startIgnitionSchema = z.object({
  redirectUri: z.url().optional(),
  webhookUri: z.url().optional(),
  user: z
    .looseObject({
      id: z
        .string({ error: "user.id is required when user is given" })
        .min(1, "user.id is required when user is given"),
      firstName: z.string().optional(),
      lastName: z.string().optional(),
      email: z.string().optional(),
      phone: z.string().optional(),
    })
    .optional(),
  // Since Jun 2025 metadata must be flat: no nested objects or arrays.
  metadata: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]), {
      error: "metadata must be a flat object (no nested keys)",
    })
    .optional(),
});

export function registerIgnitionRoutes(router: Router, context: TwinContext) {
  router.on("POST", "/ignition", async ({ req, res }) => {
    const clientId = requireClient(context, req);
    if (hasHeader(req, "x-access-token")) {
      throw errors.badRequest(
        "x-access-token is no longer accepted on Start Ignition; use Descope Token instead",
      );
    }
    const parsed = startIgnitionSchema.safeParse(await readJson(req));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw errors.badRequest(`${issue?.path.join(".") || "body"}: ${issue?.message}`);
    }
    const token = newId("ign");
    const session = {
      token,
      clientId,
      ...parsed.data,
      status: "created" as const,
      createdAt: new Date().toISOString(),
    };
    context.store.ignitionSessions.set(token, session);
    if (session.webhookUri) {
      context.webhooks.send(session.webhookUri, "ignition.created", {
        token,
        ...sessionContext(clientId, session),
      });
    }
    sendData(res, {
      ignitionToken: token,
      ignitionUri: `${context.publicUrl()}/ignition-ui/?token=${token}`,
    });
  });
}
