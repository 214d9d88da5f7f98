import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { roles } from "@/lib/auth/permissions";
import { newPassword } from "@/lib/users/user-input";
import { recordAudit } from "../audit/record-audit";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { AppError } from "../errors";

export const createUserInputSchema = z.object({
  email: z.email().transform((value) => value.toLowerCase()),
  name: z.string().trim().min(1).max(200),
  role: z.enum(roles),
  password: newPassword.optional(),
});
export type CreateUserInput = z.input<typeof createUserInputSchema>;

/** Creates a dashboard user. Without a password, a random one is generated and returned once. */
export async function createUser(input: CreateUserInput) {
  const { email, name, role, password } = createUserInputSchema.parse(input);
  const plainPassword = password ?? generatePassword();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("conflict", `A user with the email ${email} already exists.`);
  }
  const passwordHash = await hashPassword(plainPassword);
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({ data: { email, name, role, passwordHash } });
    await recordAudit(tx, {
      actor: "system",
      action: "user.created",
      targetType: "User",
      targetId: created.id,
      details: { email, role },
    });
    return created;
  });
  return { user, password: plainPassword };
}

export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}
