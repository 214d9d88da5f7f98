-- An automatic request to reconnect names the disconnection it answers, at most one each.

-- AlterTable
ALTER TABLE "Outreach" ADD COLUMN "connectionId" TEXT,
ADD COLUMN "disconnectedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "Outreach_connectionId_disconnectedAt_key" ON "Outreach"("connectionId", "disconnectedAt");

-- AddForeignKey
ALTER TABLE "Outreach" ADD CONSTRAINT "Outreach_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "AxleConnection"("id") ON DELETE SET NULL ON UPDATE CASCADE;
