-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('ADMIN', 'COMPLIANCE_OFFICER', 'VIEWER');

-- CreateEnum
CREATE TYPE "IgnitionStatus" AS ENUM ('CREATED', 'OPENED', 'COMPLETED', 'EXITED', 'ERRORED');

-- CreateEnum
CREATE TYPE "PolicyTerm" AS ENUM ('CURRENT', 'RENEWAL');

-- CreateEnum
CREATE TYPE "WebhookEventStatus" AS ENUM ('RECEIVED', 'PROCESSING', 'PROCESSED', 'IGNORED', 'NEEDS_REVIEW', 'FAILED', 'DEAD');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "RuleOutcome" AS ENUM ('PASS', 'FAIL', 'CAUTION', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ViolationStatus" AS ENUM ('OPEN', 'ACKNOWLEDGED', 'WAIVED', 'RESOLVED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "UserRole" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Borrower" (
    "id" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "loanReference" TEXT NOT NULL,
    "lenderName" TEXT,
    "requirementProfileId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Borrower_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollateralVehicle" (
    "id" TEXT NOT NULL,
    "borrowerId" TEXT NOT NULL,
    "vin" TEXT NOT NULL,
    "year" INTEGER,
    "make" TEXT,
    "model" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollateralVehicle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IgnitionSession" (
    "id" TEXT NOT NULL,
    "borrowerId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "uri" TEXT NOT NULL,
    "status" "IgnitionStatus" NOT NULL DEFAULT 'CREATED',
    "result" TEXT,
    "exitStep" TEXT,
    "message" TEXT,
    "startedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "openedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IgnitionSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AxleConnection" (
    "id" TEXT NOT NULL,
    "borrowerId" TEXT NOT NULL,
    "ignitionSessionId" TEXT,
    "accountId" TEXT NOT NULL,
    "accessTokenEncrypted" TEXT NOT NULL,
    "accessTokenDigest" TEXT NOT NULL,
    "policyIds" TEXT[],
    "isMonitoring" BOOLEAN NOT NULL DEFAULT true,
    "connectionStatus" TEXT NOT NULL DEFAULT 'active',
    "disconnectedAt" TIMESTAMP(3),
    "descopedAt" TIMESTAMP(3),
    "descopedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AxleConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "carrier" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "connectionStatus" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "axleCreatedAt" TIMESTAMP(3) NOT NULL,
    "modifiedAt" TIMESTAMP(3) NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountSnapshot" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "modifiedAt" TIMESTAMP(3) NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isOutOfOrder" BOOLEAN NOT NULL DEFAULT false,
    "eventId" TEXT,

    CONSTRAINT "AccountSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "borrowerId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "carrier" TEXT NOT NULL,
    "policyNumber" TEXT,
    "isActive" BOOLEAN,
    "effectiveDate" TIMESTAMP(3),
    "expirationDate" TIMESTAMP(3),
    "data" JSONB NOT NULL,
    "renewalData" JSONB,
    "modifiedAt" TIMESTAMP(3) NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicySnapshot" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "term" "PolicyTerm" NOT NULL DEFAULT 'CURRENT',
    "data" JSONB NOT NULL,
    "diff" JSONB,
    "modifiedAt" TIMESTAMP(3) NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isOutOfOrder" BOOLEAN NOT NULL DEFAULT false,
    "eventId" TEXT,

    CONSTRAINT "PolicySnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "axleEventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "ref" TEXT,
    "axleUserId" TEXT,
    "borrowerId" TEXT,
    "rawBody" TEXT NOT NULL,
    "axleCreatedAt" TIMESTAMP(3),
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "WebhookEventStatus" NOT NULL DEFAULT 'RECEIVED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "statusNote" TEXT,
    "lastError" TEXT,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequirementProfile" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RequirementProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequirementProfileVersion" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequirementProfileVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequirementRule" (
    "id" TEXT NOT NULL,
    "profileVersionId" TEXT NOT NULL,
    "ruleKey" TEXT NOT NULL,
    "severity" "Severity" NOT NULL DEFAULT 'HIGH',
    "input" JSONB NOT NULL DEFAULT '{}',
    "position" INTEGER NOT NULL,

    CONSTRAINT "RequirementRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "snapshotId" TEXT,
    "profileVersionId" TEXT NOT NULL,
    "outcome" "RuleOutcome" NOT NULL,
    "results" JSONB NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Violation" (
    "id" TEXT NOT NULL,
    "borrowerId" TEXT NOT NULL,
    "policyId" TEXT,
    "ruleKey" TEXT NOT NULL,
    "status" "ViolationStatus" NOT NULL DEFAULT 'OPEN',
    "severity" "Severity" NOT NULL,
    "outcome" "RuleOutcome" NOT NULL,
    "message" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "liveKey" TEXT,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "acknowledgedAt" TIMESTAMP(3),
    "waivedUntil" TIMESTAMP(3),
    "waiverReason" TEXT,

    CONSTRAINT "Violation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Borrower_loanReference_key" ON "Borrower"("loanReference");

-- CreateIndex
CREATE INDEX "Borrower_lastName_firstName_idx" ON "Borrower"("lastName", "firstName");

-- CreateIndex
CREATE UNIQUE INDEX "CollateralVehicle_borrowerId_vin_key" ON "CollateralVehicle"("borrowerId", "vin");

-- CreateIndex
CREATE UNIQUE INDEX "IgnitionSession_token_key" ON "IgnitionSession"("token");

-- CreateIndex
CREATE INDEX "IgnitionSession_borrowerId_createdAt_idx" ON "IgnitionSession"("borrowerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AxleConnection_accountId_key" ON "AxleConnection"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "AxleConnection_accessTokenDigest_key" ON "AxleConnection"("accessTokenDigest");

-- CreateIndex
CREATE INDEX "AxleConnection_borrowerId_idx" ON "AxleConnection"("borrowerId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_connectionId_key" ON "Account"("connectionId");

-- CreateIndex
CREATE INDEX "AccountSnapshot_accountId_fetchedAt_idx" ON "AccountSnapshot"("accountId", "fetchedAt");

-- CreateIndex
CREATE INDEX "Policy_borrowerId_idx" ON "Policy"("borrowerId");

-- CreateIndex
CREATE INDEX "Policy_connectionId_idx" ON "Policy"("connectionId");

-- CreateIndex
CREATE INDEX "PolicySnapshot_policyId_fetchedAt_idx" ON "PolicySnapshot"("policyId", "fetchedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_axleEventId_key" ON "WebhookEvent"("axleEventId");

-- CreateIndex
CREATE INDEX "WebhookEvent_status_receivedAt_idx" ON "WebhookEvent"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_type_receivedAt_idx" ON "WebhookEvent"("type", "receivedAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_borrowerId_receivedAt_idx" ON "WebhookEvent"("borrowerId", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementProfile_name_key" ON "RequirementProfile"("name");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementProfileVersion_profileId_version_key" ON "RequirementProfileVersion"("profileId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementRule_profileVersionId_position_key" ON "RequirementRule"("profileVersionId", "position");

-- CreateIndex
CREATE INDEX "Evaluation_policyId_evaluatedAt_idx" ON "Evaluation"("policyId", "evaluatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Violation_liveKey_key" ON "Violation"("liveKey");

-- CreateIndex
CREATE INDEX "Violation_borrowerId_status_idx" ON "Violation"("borrowerId", "status");

-- CreateIndex
CREATE INDEX "Violation_status_firstSeenAt_idx" ON "Violation"("status", "firstSeenAt");

-- CreateIndex
CREATE INDEX "AuditLog_targetType_targetId_createdAt_idx" ON "AuditLog"("targetType", "targetId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "Borrower" ADD CONSTRAINT "Borrower_requirementProfileId_fkey" FOREIGN KEY ("requirementProfileId") REFERENCES "RequirementProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollateralVehicle" ADD CONSTRAINT "CollateralVehicle_borrowerId_fkey" FOREIGN KEY ("borrowerId") REFERENCES "Borrower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IgnitionSession" ADD CONSTRAINT "IgnitionSession_borrowerId_fkey" FOREIGN KEY ("borrowerId") REFERENCES "Borrower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IgnitionSession" ADD CONSTRAINT "IgnitionSession_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AxleConnection" ADD CONSTRAINT "AxleConnection_borrowerId_fkey" FOREIGN KEY ("borrowerId") REFERENCES "Borrower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AxleConnection" ADD CONSTRAINT "AxleConnection_ignitionSessionId_fkey" FOREIGN KEY ("ignitionSessionId") REFERENCES "IgnitionSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AxleConnection" ADD CONSTRAINT "AxleConnection_descopedById_fkey" FOREIGN KEY ("descopedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "AxleConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountSnapshot" ADD CONSTRAINT "AccountSnapshot_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountSnapshot" ADD CONSTRAINT "AccountSnapshot_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "WebhookEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "AxleConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_borrowerId_fkey" FOREIGN KEY ("borrowerId") REFERENCES "Borrower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicySnapshot" ADD CONSTRAINT "PolicySnapshot_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicySnapshot" ADD CONSTRAINT "PolicySnapshot_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "WebhookEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEvent" ADD CONSTRAINT "WebhookEvent_borrowerId_fkey" FOREIGN KEY ("borrowerId") REFERENCES "Borrower"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementProfileVersion" ADD CONSTRAINT "RequirementProfileVersion_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "RequirementProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementRule" ADD CONSTRAINT "RequirementRule_profileVersionId_fkey" FOREIGN KEY ("profileVersionId") REFERENCES "RequirementProfileVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "PolicySnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_profileVersionId_fkey" FOREIGN KEY ("profileVersionId") REFERENCES "RequirementProfileVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Violation" ADD CONSTRAINT "Violation_borrowerId_fkey" FOREIGN KEY ("borrowerId") REFERENCES "Borrower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Violation" ADD CONSTRAINT "Violation_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit log is append-only: refuse UPDATE and DELETE at the database, whatever the application does.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only (% refused)', TG_OP;
END;
$$;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
