-- Slack channels told about new violations through their incoming webhooks (URL encrypted), and one delivery
-- per channel and violation (or test message), with its attempts and outcome.

-- CreateEnum
CREATE TYPE "SlackDeliveryKind" AS ENUM ('VIOLATION', 'TEST');

-- CreateEnum
CREATE TYPE "SlackDeliveryStatus" AS ENUM ('PENDING', 'SENT', 'FAILED', 'SKIPPED');

-- CreateTable
CREATE TABLE "SlackChannel" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "webhookUrlEncrypted" TEXT NOT NULL,
    "webhookUrlHint" TEXT NOT NULL,
    "minSeverity" "Severity" NOT NULL,
    "isEnabled" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlackChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlackDelivery" (
    "id" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "kind" "SlackDeliveryKind" NOT NULL,
    "violationId" TEXT,
    "status" "SlackDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastHttpStatus" INTEGER,
    "lastError" TEXT,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastAttemptAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "SlackDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SlackDelivery_channelId_createdAt_id_idx" ON "SlackDelivery"("channelId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "SlackDelivery_violationId_idx" ON "SlackDelivery"("violationId");

-- CreateIndex
CREATE UNIQUE INDEX "SlackDelivery_channelId_violationId_key" ON "SlackDelivery"("channelId", "violationId");

-- AddForeignKey
ALTER TABLE "SlackChannel" ADD CONSTRAINT "SlackChannel_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlackDelivery" ADD CONSTRAINT "SlackDelivery_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "SlackChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlackDelivery" ADD CONSTRAINT "SlackDelivery_violationId_fkey" FOREIGN KEY ("violationId") REFERENCES "Violation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
