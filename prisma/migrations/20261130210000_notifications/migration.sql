-- Notifications: each user's choice of emails (new violations at once, by severity and scope; a daily digest),
-- and one row per email sent to a user, unique per user and violation and per user and day, so a retried job
-- never sends twice.

-- CreateEnum
CREATE TYPE "NotificationScope" AS ENUM ('ALL', 'ASSIGNED_TO_ME');

-- CreateEnum
CREATE TYPE "UserAlertKind" AS ENUM ('VIOLATION_OPENED', 'VIOLATION_ASSIGNED', 'DAILY_DIGEST');

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "immediateSeverity" "Severity",
    "scope" "NotificationScope" NOT NULL DEFAULT 'ALL',
    "dailyDigest" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "UserAlert" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "UserAlertKind" NOT NULL,
    "violationId" TEXT,
    "digestDay" TIMESTAMP(3),
    "emailId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UserAlert_emailId_key" ON "UserAlert"("emailId");

-- CreateIndex
CREATE INDEX "UserAlert_violationId_idx" ON "UserAlert"("violationId");

-- CreateIndex
CREATE UNIQUE INDEX "UserAlert_userId_violationId_key" ON "UserAlert"("userId", "violationId");

-- CreateIndex
CREATE UNIQUE INDEX "UserAlert_userId_digestDay_key" ON "UserAlert"("userId", "digestDay");

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAlert" ADD CONSTRAINT "UserAlert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAlert" ADD CONSTRAINT "UserAlert_violationId_fkey" FOREIGN KEY ("violationId") REFERENCES "Violation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAlert" ADD CONSTRAINT "UserAlert_emailId_fkey" FOREIGN KEY ("emailId") REFERENCES "EmailMessage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
