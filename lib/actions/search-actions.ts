"use server";

import { z } from "zod";
import { PermissionDenied, requireActionPermission } from "@/lib/server/auth/current-user";
import { log } from "@/lib/server/log";
import { type BorrowerSearchHit, searchBorrowers } from "@/lib/server/search/search-borrowers";

// The command palette's borrower search. A "use server" file exports only async functions, so the schema stays private.

const searchQuerySchema = z
  .string()
  .transform((query) => query.replaceAll("\0", "").trim())
  .pipe(z.string().max(100, "Search for at most 100 characters."));

export type BorrowerSearchResult = { borrowers: BorrowerSearchHit[]; error?: string };

export async function searchBorrowersAction(query: unknown): Promise<BorrowerSearchResult> {
  const parsed = searchQuerySchema.safeParse(query);
  if (!parsed.success)
    return { borrowers: [], error: parsed.error.issues[0]?.message ?? "Check the search." };
  try {
    await requireActionPermission("borrowers.read");
    return { borrowers: await searchBorrowers(parsed.data) };
  } catch (error) {
    if (error instanceof PermissionDenied) return { borrowers: [], error: "Your role does not allow this." };
    log.error("borrower search failed", { err: error as Error });
    return { borrowers: [], error: "Search failed. Please try again." };
  }
}
