-- Sign-in attempts per account, per address and per both, in the layout rate-limiter-flexible's PostgreSQL
-- store reads and writes.

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);
