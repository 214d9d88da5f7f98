-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('OUTBOX', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "RequirementProfile" ADD COLUMN     "autoOutreach" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reminderDays" INTEGER[] DEFAULT ARRAY[7, 14]::INTEGER[];

-- AlterTable
ALTER TABLE "Violation" ADD COLUMN     "acknowledgedById" TEXT,
ADD COLUMN     "waivedAt" TIMESTAMP(3),
ADD COLUMN     "waivedById" TEXT;

-- CreateTable
CREATE TABLE "ViolationComment" (
    "id" TEXT NOT NULL,
    "violationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ViolationComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailMessage" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "EmailStatus" NOT NULL,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "EmailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outreach" (
    "id" TEXT NOT NULL,
    "borrowerId" TEXT NOT NULL,
    "violationId" TEXT,
    "ignitionSessionId" TEXT,
    "reason" TEXT NOT NULL,
    "reminderNumber" INTEGER NOT NULL DEFAULT 0,
    "requestedById" TEXT,
    "emailId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Outreach_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ViolationComment_violationId_createdAt_idx" ON "ViolationComment"("violationId", "createdAt");

-- CreateIndex
CREATE INDEX "EmailMessage_status_createdAt_idx" ON "EmailMessage"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Outreach_emailId_key" ON "Outreach"("emailId");

-- CreateIndex
CREATE INDEX "Outreach_borrowerId_createdAt_idx" ON "Outreach"("borrowerId", "createdAt");

-- CreateIndex
CREATE INDEX "Outreach_violationId_reminderNumber_idx" ON "Outreach"("violationId", "reminderNumber");

-- CreateIndex
CREATE INDEX "Violation_ruleKey_status_idx" ON "Violation"("ruleKey", "status");

-- AddForeignKey
ALTER TABLE "Violation" ADD CONSTRAINT "Violation_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Violation" ADD CONSTRAINT "Violation_waivedById_fkey" FOREIGN KEY ("waivedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ViolationComment" ADD CONSTRAINT "ViolationComment_violationId_fkey" FOREIGN KEY ("violationId") REFERENCES "Violation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ViolationComment" ADD CONSTRAINT "ViolationComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outreach" ADD CONSTRAINT "Outreach_borrowerId_fkey" FOREIGN KEY ("borrowerId") REFERENCES "Borrower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outreach" ADD CONSTRAINT "Outreach_violationId_fkey" FOREIGN KEY ("violationId") REFERENCES "Violation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outreach" ADD CONSTRAINT "Outreach_ignitionSessionId_fkey" FOREIGN KEY ("ignitionSessionId") REFERENCES "IgnitionSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outreach" ADD CONSTRAINT "Outreach_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outreach" ADD CONSTRAINT "Outreach_emailId_fkey" FOREIGN KEY ("emailId") REFERENCES "EmailMessage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
