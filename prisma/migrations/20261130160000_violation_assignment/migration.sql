-- Who works each violation of the queue and by when; indexes for the queue's sorts; and bulk action items that
-- are violations as well as borrowers.

-- AlterTable
ALTER TABLE "Violation" ADD COLUMN "assigneeId" TEXT,
ADD COLUMN "dueAt" TIMESTAMP(3);

-- AddForeignKey
ALTER TABLE "Violation" ADD CONSTRAINT "Violation_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "Violation_severity_id_idx" ON "Violation"("severity", "id");

-- CreateIndex
CREATE INDEX "Violation_lastSeenAt_id_idx" ON "Violation"("lastSeenAt", "id");

-- CreateIndex
CREATE INDEX "Violation_ruleKey_id_idx" ON "Violation"("ruleKey", "id");

-- CreateIndex
CREATE INDEX "Violation_dueAt_id_idx" ON "Violation"("dueAt", "id");

-- CreateIndex
CREATE INDEX "Violation_assigneeId_id_idx" ON "Violation"("assigneeId", "id");

-- A bulk action's item is named by its target (the borrower, or the violation); existing items were borrowers.
ALTER TABLE "BulkActionItem" ADD COLUMN "targetId" TEXT;
UPDATE "BulkActionItem" SET "targetId" = "borrowerId";
ALTER TABLE "BulkActionItem" ALTER COLUMN "targetId" SET NOT NULL;
ALTER TABLE "BulkActionItem" DROP CONSTRAINT "BulkActionItem_pkey";
ALTER TABLE "BulkActionItem" ADD CONSTRAINT "BulkActionItem_pkey" PRIMARY KEY ("bulkActionId", "targetId");
