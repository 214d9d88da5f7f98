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

-- ---------------------------------------------------------------------------------------------------------
-- The compliance status, computed here and only here (docs/compliance-status.md). The app calls
-- coverwatch_refresh_compliance in the same transaction as every change that can move a status; the daily
-- maintenance calls it for everyone, since time alone makes data stale and brings expiry closer.

-- A date from Axle's JSON as the UTC timestamp Prisma stores, read the way JavaScript's Date.parse reads it
-- (a date alone is UTC midnight); NULL for anything that is not a date, so one odd body cannot fail a refresh.
CREATE FUNCTION coverwatch_json_timestamp(value text) RETURNS timestamp(3)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF value IS NULL OR value !~ '^\d{4}-\d{2}-\d{2}' THEN
    RETURN NULL;
  END IF;
  IF value ~ '[T ]\d{2}:\d{2}.*([Zz]|[+-]\d{2}(:?\d{2})?)$' THEN
    RETURN value::timestamptz AT TIME ZONE 'UTC';
  END IF;
  RETURN value::timestamp;
EXCEPTION WHEN others THEN
  RETURN NULL;
END
$$;

-- What the stored columns should hold, for the given borrowers (NULL: all), at a moment, without writing.
-- Plain SQL and STABLE so that the planner inlines it into the caller's query: with a list of borrowers every
-- part below walks a borrowerId index, with NULL each table is scanned and grouped once.
-- Parameters: $1 borrower_ids, $2 at, $3 stale_hours (positional: `at` is also an SQL keyword).
CREATE FUNCTION coverwatch_compute_compliance(borrower_ids text[], at timestamptz, stale_hours integer)
RETURNS TABLE (
  "borrowerId" text,
  "complianceStatus" "ComplianceStatus",
  "complianceReasons" text[],
  "worstOpenSeverity" "Severity",
  "openViolationCount" integer,
  "nextExpirationDate" timestamp(3),
  "lastRefreshedAt" timestamp(3),
  "primaryCarrier" text,
  "primaryPolicyNumber" text,
  "connectionState" "ConnectionState",
  "searchText" text,
  "complianceUpdatedAt" timestamp(3)
)
LANGUAGE sql STABLE
AS $$
WITH
-- Prisma stores UTC timestamps without a zone: compare in those terms.
clock AS (
  SELECT ($2 AT TIME ZONE 'UTC')::timestamp(3) AS now_utc,
         ($2 AT TIME ZONE 'UTC')::timestamp(3) - make_interval(hours => $3) AS stale_before
),
-- The profile of borrowers without one (as resolve-profile-version.ts picks it).
default_profile AS (
  SELECT p.id FROM "RequirementProfile" p
  WHERE p."isDefault" AND p."retiredAt" IS NULL
  ORDER BY p."createdAt", p.id
  LIMIT 1
),
-- How close to expiry is "expiring": `withinDays` of the not-expiring rule in each profile's newest version,
-- 30 when that version has no such rule (the rule's own default).
profile_window AS (
  SELECT DISTINCT ON (v."profileId")
    v."profileId" AS profile_id,
    coalesce((
      SELECT (r.input ->> 'withinDays')::numeric
      FROM "RequirementRule" r
      WHERE r."profileVersionId" = v.id
        AND r."ruleKey" = 'not-expiring'
        AND jsonb_typeof(r.input -> 'withinDays') = 'number'
      ORDER BY r.position
      LIMIT 1
    ), 30) AS within_days
  FROM "RequirementProfileVersion" v
  ORDER BY v."profileId", v.version DESC
),
target AS (
  SELECT b.id, b."firstName", b."lastName", b.email, b."loanReference", b."lenderName",
         coalesce(w.within_days, 30) AS within_days
  FROM "Borrower" b
  LEFT JOIN profile_window w
    ON w.profile_id = coalesce(b."requirementProfileId", (SELECT id FROM default_profile))
  WHERE $1 IS NULL OR b.id = ANY($1)
),
connections AS (
  SELECT c."borrowerId",
         bool_or(c."isMonitoring") AS is_monitoring,
         array_agg(DISTINCT c."connectionStatus")
           FILTER (WHERE c."isMonitoring" AND c."connectionStatus" <> 'active') AS broken_statuses,
         bool_or(c."isMonitoring" AND NOT EXISTS (SELECT 1 FROM "Policy" p WHERE p."connectionId" = c.id))
           AS is_awaiting_data
  FROM "AxleConnection" c
  WHERE $1 IS NULL OR c."borrowerId" = ANY($1)
  GROUP BY c."borrowerId"
),
policies AS (
  SELECT p.id, p."borrowerId", p.carrier, p."policyNumber", p."expirationDate", p."refreshedAt",
         c."isMonitoring" AS is_monitored,
         -- What a search may name this policy by: its number and the VINs of its vehicles.
         concat_ws(' ', p."policyNumber", (
           SELECT string_agg(vin #>> '{}', ' ')
           FROM jsonb_path_query(
             p.data, '$.properties[*] ? (@.type == "vehicle").data.vin ? (@.type() == "string")'
           ) AS vin
         )) AS search_terms,
         -- A bound renewal that starts by the time this term ends continues the coverage (as not-expiring.ts).
         (p."renewalData" IS NOT NULL
           AND (p."renewalData" -> 'isActive') IS DISTINCT FROM 'false'::jsonb
           AND coverwatch_json_timestamp(p."renewalData" ->> 'effectiveDate') <= p."expirationDate")
           IS TRUE AS is_renewed
  FROM "Policy" p
  JOIN "AxleConnection" c ON c.id = p."connectionId"
  WHERE $1 IS NULL OR p."borrowerId" = ANY($1)
),
policy_facts AS (
  SELECT p."borrowerId",
         min(p."expirationDate") FILTER (WHERE p.is_monitored AND p."expirationDate" > clock.now_utc)
           AS next_expiration,
         max(p."expirationDate") FILTER (WHERE p.is_monitored AND p."expirationDate" <= clock.now_utc)
           AS last_expiration,
         min(p."expirationDate") FILTER (
           WHERE p.is_monitored AND NOT p.is_renewed
             AND p."expirationDate" > clock.now_utc
             AND p."expirationDate" <= clock.now_utc + make_interval(secs => t.within_days * 86400)
         ) AS expiring_at,
         min(p."refreshedAt") FILTER (WHERE p.is_monitored) AS oldest_refresh,
         -- The first monitored policy; a descoped borrower still shows the carrier they had.
         (array_agg(p.carrier ORDER BY p.is_monitored DESC, p.id))[1] AS carrier,
         (array_agg(p."policyNumber" ORDER BY p.is_monitored DESC, p.id))[1] AS policy_number,
         string_agg(p.search_terms, ' ' ORDER BY p.id) AS policy_terms
  FROM policies p
  JOIN target t ON t.id = p."borrowerId"
  CROSS JOIN clock
  GROUP BY p."borrowerId"
),
-- Rules the newest evaluation of a monitored policy could not check: not knowing is not complying.
unknowns AS (
  SELECT p."borrowerId",
         array_agg('Could not check: ' || coalesce(r.value ->> 'message', r.value ->> 'ruleKey', 'a rule')
                   ORDER BY p.id, r.position) AS reasons
  FROM policies p
  CROSS JOIN LATERAL (
    SELECT e.results FROM "Evaluation" e
    WHERE e."policyId" = p.id
    ORDER BY e."evaluatedAt" DESC, e.id DESC
    LIMIT 1
  ) AS latest
  CROSS JOIN LATERAL jsonb_array_elements(
    CASE jsonb_typeof(latest.results) WHEN 'array' THEN latest.results ELSE '[]'::jsonb END
  ) WITH ORDINALITY AS r(value, position)
  WHERE p.is_monitored AND r.value ->> 'outcome' = 'unknown'
  GROUP BY p."borrowerId"
),
-- Open means OPEN or ACKNOWLEDGED: a waived or resolved violation no longer counts against the borrower.
open_violations AS (
  SELECT v."borrowerId",
         count(*)::integer AS open_count,
         max(v.severity) AS worst_severity,
         array_agg(v.message ORDER BY v.severity DESC, v."firstSeenAt", v.id)
           FILTER (WHERE v.outcome = 'FAIL') AS fails,
         array_agg(v.message ORDER BY v.severity DESC, v."firstSeenAt", v.id)
           FILTER (WHERE v.outcome = 'CAUTION') AS cautions
  FROM "Violation" v
  WHERE v.status IN ('OPEN', 'ACKNOWLEDGED') AND ($1 IS NULL OR v."borrowerId" = ANY($1))
  GROUP BY v."borrowerId"
),
collateral AS (
  SELECT cv."borrowerId", string_agg(cv.vin, ' ' ORDER BY cv."createdAt", cv.vin) AS vins
  FROM "CollateralVehicle" cv
  WHERE $1 IS NULL OR cv."borrowerId" = ANY($1)
  GROUP BY cv."borrowerId"
),
facts AS (
  SELECT t.id,
         clock.now_utc,
         CASE
           WHEN c."borrowerId" IS NULL THEN 'NEVER_CONNECTED'
           WHEN NOT c.is_monitoring THEN 'DESCOPED'
           WHEN c.broken_statuses IS NOT NULL THEN 'DISCONNECTED'
           ELSE 'CONNECTED'
         END::"ConnectionState" AS connection_state,
         coalesce(c.broken_statuses, '{}') AS broken_statuses,
         coalesce(c.is_awaiting_data, false) AS is_awaiting_data,
         coalesce(v.open_count, 0) AS open_count,
         v.worst_severity,
         coalesce(v.fails, '{}') AS fails,
         coalesce(v.cautions, '{}') AS cautions,
         coalesce(u.reasons, '{}') AS unknowns,
         coalesce(pf.next_expiration, pf.last_expiration) AS next_expiration,
         pf.expiring_at,
         pf.oldest_refresh,
         coalesce(pf.oldest_refresh < clock.stale_before, false) AS is_stale,
         pf.carrier,
         pf.policy_number,
         lower(concat_ws(' ', t."firstName", t."lastName", t.email, t."loanReference", t."lenderName",
                         cv.vins, pf.policy_terms)) AS search_text
  FROM target t
  CROSS JOIN clock
  LEFT JOIN connections c ON c."borrowerId" = t.id
  LEFT JOIN open_violations v ON v."borrowerId" = t.id
  LEFT JOIN policy_facts pf ON pf."borrowerId" = t.id
  LEFT JOIN unknowns u ON u."borrowerId" = t.id
  LEFT JOIN collateral cv ON cv."borrowerId" = t.id
),
reasoned AS (
  SELECT f.*,
         CASE f.connection_state
           -- Nothing else matters while nobody is watching: say only why.
           WHEN 'DESCOPED' THEN ARRAY['Descoped']
           WHEN 'NEVER_CONNECTED' THEN ARRAY['No completed Ignition']
           -- Otherwise every reason, in the order of the precedence, so the first one names the status.
           ELSE CASE WHEN cardinality(f.broken_statuses) = 0 THEN '{}'::text[] ELSE ARRAY(
                  SELECT 'Disconnected: ' || CASE s
                    WHEN 'credentials-expired' THEN 'credentials expired'
                    WHEN 'mfa-expired' THEN 'multi-factor authentication expired'
                    WHEN 'account-disabled' THEN 'account disabled by the carrier'
                    WHEN 'account-inaccessible' THEN 'account inaccessible'
                    WHEN 'inactive' THEN 'entered by hand, no carrier connection'
                    ELSE replace(s, '-', ' ')
                  END
                  FROM unnest(f.broken_statuses) AS s
                ) END
                || f.fails
                || f.cautions
                || CASE WHEN f.is_stale
                     THEN ARRAY['Data is stale (last refreshed '
                                || to_char(f.oldest_refresh, 'YYYY-MM-DD HH24:MI') || ' UTC)']
                     ELSE '{}' END
                || CASE WHEN f.expiring_at IS NOT NULL
                     THEN ARRAY['Expires in ' || days.n || CASE WHEN days.n = 1 THEN ' day' ELSE ' days' END]
                     ELSE '{}' END
                || CASE WHEN f.is_awaiting_data THEN ARRAY['No policy data yet'] ELSE '{}' END
                || f.unknowns
         END AS reasons
  FROM facts f
  -- Whole days left, rounded up (as not-expiring.ts counts them).
  CROSS JOIN LATERAL (
    SELECT ceil(extract(epoch FROM f.expiring_at - f.now_utc) / 86400)::integer AS n
  ) AS days
)
SELECT r.id,
       CASE
         WHEN r.connection_state = 'DESCOPED' THEN 'NOT_MONITORED'
         WHEN r.connection_state = 'NEVER_CONNECTED' THEN 'NOT_CONNECTED'
         WHEN r.connection_state = 'DISCONNECTED' THEN 'DISCONNECTED'
         WHEN cardinality(r.fails) > 0 THEN 'NON_COMPLIANT'
         WHEN cardinality(r.cautions) > 0 OR r.is_stale OR r.expiring_at IS NOT NULL OR r.is_awaiting_data
              OR cardinality(r.unknowns) > 0 THEN 'AT_RISK'
         ELSE 'COMPLIANT'
       END::"ComplianceStatus",
       -- The same message from two policies is said once; five at most. (Most borrowers have one reason or
       -- none: skip the work for them.)
       CASE WHEN cardinality(r.reasons) <= 1 THEN r.reasons ELSE ARRAY(
         SELECT reason FROM unnest(r.reasons) WITH ORDINALITY AS x(reason, position)
         GROUP BY reason
         ORDER BY min(position)
         LIMIT 5
       ) END,
       r.worst_severity,
       r.open_count,
       r.next_expiration,
       r.oldest_refresh,
       r.carrier,
       r.policy_number,
       r.connection_state,
       r.search_text,
       r.now_utc
FROM reasoned r
$$;

-- Recomputes and stores the columns above for the given borrowers (NULL: all); returns the rows updated.
-- A row whose values did not move is left alone (the daily run over every borrower then writes only the few
-- that time moved), so `complianceUpdatedAt` says since when the borrower's status and facts are as shown.
CREATE FUNCTION coverwatch_refresh_compliance(borrower_ids text[], at timestamptz, stale_hours integer)
RETURNS integer
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
  updated integer;
BEGIN
  -- Lock the borrowers first, in id order, in a statement of its own: the computation below then takes its
  -- snapshot after every other transaction that was refreshing them has committed, so the last writer always
  -- sees everyone's changes (an UPDATE that waited for the row would otherwise write values computed from
  -- the snapshot it took before waiting). EXECUTE plans each call with the actual list, so one borrower is an
  -- index lookup, not a scan of every borrower.
  EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM "Borrower" b WHERE $1 IS NULL OR b.id = ANY($1)
                                 ORDER BY b.id FOR NO KEY UPDATE) AS locked'
    USING borrower_ids;
  EXECUTE $update$
    UPDATE "Borrower" AS b SET
      "complianceStatus" = c."complianceStatus",
      "complianceReasons" = c."complianceReasons",
      "worstOpenSeverity" = c."worstOpenSeverity",
      "openViolationCount" = c."openViolationCount",
      "nextExpirationDate" = c."nextExpirationDate",
      "lastRefreshedAt" = c."lastRefreshedAt",
      "primaryCarrier" = c."primaryCarrier",
      "primaryPolicyNumber" = c."primaryPolicyNumber",
      "connectionState" = c."connectionState",
      "searchText" = c."searchText",
      "complianceUpdatedAt" = c."complianceUpdatedAt"
    FROM coverwatch_compute_compliance($1, $2, $3) AS c
    WHERE b.id = c."borrowerId" AND ($1 IS NULL OR b.id = ANY($1))
      AND (b."complianceStatus", b."complianceReasons", b."worstOpenSeverity", b."openViolationCount",
           b."nextExpirationDate", b."lastRefreshedAt", b."primaryCarrier", b."primaryPolicyNumber",
           b."connectionState", b."searchText")
          IS DISTINCT FROM
          (c."complianceStatus", c."complianceReasons", c."worstOpenSeverity", c."openViolationCount",
           c."nextExpirationDate", c."lastRefreshedAt", c."primaryCarrier", c."primaryPolicyNumber",
           c."connectionState", c."searchText")
  $update$ USING borrower_ids, at, stale_hours;
  GET DIAGNOSTICS updated = ROW_COUNT;
  RETURN updated;
END
$$;

-- Every existing borrower gets its status now.
SELECT coverwatch_refresh_compliance(NULL, now(), 48);
