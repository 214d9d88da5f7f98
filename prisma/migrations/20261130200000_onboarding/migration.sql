-- Onboarding borrowers: an invitation and the chase that follows it on the profile's cadence (each step at most
-- once per borrower), and a borrower's one-click opt-out of email, which every borrower email links to.

-- AlterTable
ALTER TABLE "Borrower" ADD COLUMN     "emailOptedOutAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "RequirementProfile" ADD COLUMN     "chaseDays" INTEGER[] DEFAULT ARRAY[3, 7, 14]::INTEGER[];

-- AlterTable
ALTER TABLE "Outreach" ADD COLUMN     "inviteStep" INTEGER;

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "unsubscribeUrl" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Outreach_borrowerId_inviteStep_key" ON "Outreach"("borrowerId", "inviteStep");
