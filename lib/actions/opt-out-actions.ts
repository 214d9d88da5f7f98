"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { optOutOfEmail } from "@/lib/server/onboarding/opt-out";

// The borrower's opt-out button. Public: no one is signed in; the signed link the page was opened with is the
// proof, checked again here.
export async function optOutAction(
  borrowerId: string,
  signature: string,
  _previous: ActionState,
  _form: FormData,
): Promise<ActionState> {
  const recorded = await optOutOfEmail({ borrowerId, signature, via: "page" });
  if (!recorded) return { error: "This link is not valid. Ask your lender to stop the emails." };
  revalidatePath("/connect/unsubscribe");
  return { notice: "Done: you will not receive more emails about your insurance." };
}
