-- The portfolio's numbers for /metrics: borrowers per compliance status, and how many of them hold stale data,
-- written every minute by the `portfolio-metrics` job, so a scrape of any process reads six rows instead of
-- counting the borrowers.

-- CreateTable
CREATE TABLE "PortfolioStatusCount" (
    "status" "ComplianceStatus" NOT NULL,
    "borrowers" INTEGER NOT NULL,
    "staleBorrowers" INTEGER NOT NULL,
    "measuredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PortfolioStatusCount_pkey" PRIMARY KEY ("status")
);
