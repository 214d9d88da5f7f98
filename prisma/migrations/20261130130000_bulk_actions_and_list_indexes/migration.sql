-- The borrowers of each bulk action, fixed when it is confirmed, each worked once; and indexes for keyset pages.

-- CreateEnum
CREATE TYPE "BulkActionItemStatus" AS ENUM ('PENDING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "BulkActionItem" (
    "bulkActionId" TEXT NOT NULL,
    "borrowerId" TEXT NOT NULL,
    "status" "BulkActionItemStatus" NOT NULL DEFAULT 'PENDING',
    "error" TEXT,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "BulkActionItem_pkey" PRIMARY KEY ("bulkActionId","borrowerId")
);

-- CreateIndex
CREATE INDEX "BulkActionItem_bulkActionId_status_idx" ON "BulkActionItem"("bulkActionId", "status");

-- AddForeignKey
ALTER TABLE "BulkActionItem" ADD CONSTRAINT "BulkActionItem_bulkActionId_fkey" FOREIGN KEY ("bulkActionId") REFERENCES "BulkAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkActionItem" ADD CONSTRAINT "BulkActionItem_borrowerId_fkey" FOREIGN KEY ("borrowerId") REFERENCES "Borrower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keyset pages of the violation queue, the outbox and the event log, and the weekly "resolved" count of the
-- overview, each read from an index in order.

-- CreateIndex
CREATE INDEX "WebhookEvent_receivedAt_id_idx" ON "WebhookEvent"("receivedAt", "id");

-- CreateIndex
CREATE INDEX "Violation_firstSeenAt_id_idx" ON "Violation"("firstSeenAt", "id");

-- CreateIndex
CREATE INDEX "Violation_resolvedAt_idx" ON "Violation"("resolvedAt");

-- CreateIndex
CREATE INDEX "EmailMessage_createdAt_id_idx" ON "EmailMessage"("createdAt", "id");
