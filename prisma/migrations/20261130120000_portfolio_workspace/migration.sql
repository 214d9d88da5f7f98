-- The portfolio workspace: a stored compliance status per borrower with the facts the list sorts, filters and
-- searches on; a daily rollup for the trend; bulk actions with progress.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "ComplianceStatus" AS ENUM ('NON_COMPLIANT', 'DISCONNECTED', 'AT_RISK', 'NOT_CONNECTED', 'COMPLIANT', 'NOT_MONITORED');

-- CreateEnum
CREATE TYPE "ConnectionState" AS ENUM ('NEVER_CONNECTED', 'CONNECTED', 'DISCONNECTED', 'DESCOPED');

-- CreateEnum
CREATE TYPE "BulkActionStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "Borrower" ADD COLUMN     "complianceStatus" "ComplianceStatus" NOT NULL DEFAULT 'NOT_CONNECTED',
ADD COLUMN     "complianceReasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "worstOpenSeverity" "Severity",
ADD COLUMN     "openViolationCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "nextExpirationDate" TIMESTAMP(3),
ADD COLUMN     "lastRefreshedAt" TIMESTAMP(3),
ADD COLUMN     "primaryCarrier" TEXT,
ADD COLUMN     "primaryPolicyNumber" TEXT,
ADD COLUMN     "connectionState" "ConnectionState" NOT NULL DEFAULT 'NEVER_CONNECTED',
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "complianceUpdatedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ComplianceRollup" (
    "day" TIMESTAMP(3) NOT NULL,
    "monitored" INTEGER NOT NULL,
    "compliant" INTEGER NOT NULL,
    "atRisk" INTEGER NOT NULL,
    "nonCompliant" INTEGER NOT NULL,
    "disconnected" INTEGER NOT NULL,
    "notConnected" INTEGER NOT NULL,
    "notMonitored" INTEGER NOT NULL,
    "stale" INTEGER NOT NULL,
    "expiringSoon" INTEGER NOT NULL,
    "openViolations" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplianceRollup_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "BulkAction" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" "BulkActionStatus" NOT NULL DEFAULT 'QUEUED',
    "params" JSONB NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "succeeded" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "BulkAction_pkey" PRIMARY KEY ("id")
);

-- DropIndex
DROP INDEX "Borrower_lastName_firstName_idx";

-- CreateIndex
CREATE INDEX "Borrower_lastName_firstName_id_idx" ON "Borrower"("lastName", "firstName", "id");

-- CreateIndex
CREATE INDEX "Borrower_complianceStatus_id_idx" ON "Borrower"("complianceStatus", "id");

-- CreateIndex
CREATE INDEX "Borrower_lastRefreshedAt_id_idx" ON "Borrower"("lastRefreshedAt", "id");

-- CreateIndex
CREATE INDEX "Borrower_nextExpirationDate_id_idx" ON "Borrower"("nextExpirationDate", "id");

-- CreateIndex
CREATE INDEX "Borrower_openViolationCount_id_idx" ON "Borrower"("openViolationCount", "id");

-- CreateIndex
CREATE INDEX "Borrower_createdAt_id_idx" ON "Borrower"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Borrower_lenderName_idx" ON "Borrower"("lenderName");

-- CreateIndex
CREATE INDEX "Borrower_requirementProfileId_idx" ON "Borrower"("requirementProfileId");

-- CreateIndex
CREATE INDEX "Borrower_primaryCarrier_idx" ON "Borrower"("primaryCarrier");

-- CreateIndex
CREATE INDEX "Borrower_searchText_idx" ON "Borrower" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "BulkAction_createdAt_idx" ON "BulkAction"("createdAt");

-- AddForeignKey
ALTER TABLE "BulkAction" ADD CONSTRAINT "BulkAction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
