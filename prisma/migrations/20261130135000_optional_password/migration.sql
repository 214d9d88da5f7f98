-- An invited user has no password until they set one, and a single sign-on user may never have one.
ALTER TABLE "User" ALTER COLUMN "passwordHash" DROP NOT NULL;
