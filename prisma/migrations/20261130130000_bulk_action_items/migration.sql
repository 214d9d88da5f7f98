-- The borrowers of each bulk action, fixed when it is confirmed, each worked once.

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
