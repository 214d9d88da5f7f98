import "server-only";
import { ZodError } from "zod";
import type { ActionState } from "@/lib/action-state";
import { PermissionDenied } from "./auth/current-user";
import { AxleError } from "./axle/axle-errors";
import { AppError } from "./errors";
import { log } from "./log";

/** The one mapping from what an action threw to what its form says; the unexpected is logged, not shown. */
export function actionError(error: unknown): ActionState {
  if (error instanceof ZodError) return { error: error.issues[0]?.message ?? "Check the form." };
  if (error instanceof PermissionDenied) return { error: "Your role does not allow this." };
  if (error instanceof AppError) return { error: error.message };
  if (error instanceof AxleError) return { error: `Axle refused the request: ${error.message}` };
  log.error("action failed", { err: error as Error });
  return { error: "Something went wrong. Please try again." };
}
