// What the team and password forms accept, shared by the server actions and their operations.
import { z } from "zod";
import { roles } from "@/lib/auth/permissions";

export const minPasswordLength = 12;

export const inviteUserSchema = z.object({
  name: z.string().trim().min(1, "Enter their name.").max(200, "At most 200 characters."),
  email: z
    .email("Enter an email address, like name@example.com.")
    .max(320)
    .transform((value) => value.toLowerCase()),
  role: z.enum(roles, "Choose a role."),
});
export type InviteUserInput = z.input<typeof inviteUserSchema>;

export const roleSchema = z.enum(roles, "Choose a role.");

/** bcrypt reads only a password's first 72 bytes: a longer one would be cut without anyone knowing. */
export const maxPasswordBytes = 72;

export const newPassword = z
  .string()
  .min(minPasswordLength, `Use at least ${minPasswordLength} characters.`)
  .refine(
    (value) => new TextEncoder().encode(value).length <= maxPasswordBytes,
    `At most ${maxPasswordBytes} bytes: 72 plain letters, fewer with accents or emoji.`,
  );

/** A new password typed twice; the mismatch is reported on the second field. */
export const newPasswordSchema = z
  .object({ password: newPassword, confirmPassword: z.string() })
  .refine((value) => value.password === value.confirmPassword, {
    message: "The two passwords differ.",
    path: ["confirmPassword"],
  });

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    password: newPassword,
    confirmPassword: z.string(),
  })
  .refine((value) => value.password === value.confirmPassword, {
    message: "The two passwords differ.",
    path: ["confirmPassword"],
  });
