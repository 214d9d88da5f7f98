// One batch of borrowers, generated in memory: the unit the seed writes in one transaction.
import { type Batch, emptyBatch, type SeedContext } from "./batch";
import { seedBorrower } from "./seed-borrower";

export function generateBatch(ctx: SeedContext, firstLoanNumber: number, count: number): Batch {
  const batch = emptyBatch();
  for (let loanNumber = firstLoanNumber; loanNumber < firstLoanNumber + count; loanNumber++)
    seedBorrower(ctx, batch, loanNumber);
  return batch;
}
