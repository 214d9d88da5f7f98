-- CreateEnum
CREATE TYPE "SnapshotSource" AS ENUM ('EXCHANGE', 'EVENT', 'RECONCILE', 'RESYNC');

-- AlterTable
ALTER TABLE "AccountSnapshot" ADD COLUMN     "diff" JSONB,
ADD COLUMN     "source" "SnapshotSource" NOT NULL DEFAULT 'EVENT';

-- AlterTable
ALTER TABLE "PolicySnapshot" ADD COLUMN     "source" "SnapshotSource" NOT NULL DEFAULT 'EVENT';

-- AlterTable
ALTER TABLE "WebhookEvent" ADD COLUMN     "processingStartedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ReconcileRun" (
    "id" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "accountsChecked" INTEGER NOT NULL DEFAULT 0,
    "policiesChecked" INTEGER NOT NULL DEFAULT 0,
    "changesFound" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "findings" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "ReconcileRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountSnapshot_eventId_accountId_key" ON "AccountSnapshot"("eventId", "accountId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicySnapshot_eventId_term_key" ON "PolicySnapshot"("eventId", "term");
