-- What the lender's systems are told (signed webhooks, and the read API's event feed): one row per event,
-- written in the same transaction as the change it reports.

-- CreateTable
CREATE TABLE "OutboundEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "borrowerId" TEXT,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboundEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutboundEvent_createdAt_id_idx" ON "OutboundEvent"("createdAt", "id");

-- CreateIndex
CREATE INDEX "OutboundEvent_type_createdAt_idx" ON "OutboundEvent"("type", "createdAt");

-- AddForeignKey
ALTER TABLE "OutboundEvent" ADD CONSTRAINT "OutboundEvent_borrowerId_fkey" FOREIGN KEY ("borrowerId") REFERENCES "Borrower"("id") ON DELETE SET NULL ON UPDATE CASCADE;
