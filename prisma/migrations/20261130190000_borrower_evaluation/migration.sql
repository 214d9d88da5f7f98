-- Rules about the borrower as a whole (every collateral vehicle covered, connected within N days of the
-- invite) are evaluated once per borrower, over all of their policies; each evaluation is kept like a policy's.

-- CreateTable
CREATE TABLE "BorrowerEvaluation" (
    "id" TEXT NOT NULL,
    "borrowerId" TEXT NOT NULL,
    "profileVersionId" TEXT NOT NULL,
    "outcome" "RuleOutcome" NOT NULL,
    "results" JSONB NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BorrowerEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BorrowerEvaluation_borrowerId_evaluatedAt_idx" ON "BorrowerEvaluation"("borrowerId", "evaluatedAt");

-- AddForeignKey
ALTER TABLE "BorrowerEvaluation" ADD CONSTRAINT "BorrowerEvaluation_borrowerId_fkey" FOREIGN KEY ("borrowerId") REFERENCES "Borrower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BorrowerEvaluation" ADD CONSTRAINT "BorrowerEvaluation_profileVersionId_fkey" FOREIGN KEY ("profileVersionId") REFERENCES "RequirementProfileVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
