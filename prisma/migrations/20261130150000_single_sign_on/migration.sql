-- Single sign-on binds a user to the identity provider's subject on their first sign-in through it.
ALTER TABLE "User" ADD COLUMN "oidcSubject" TEXT;

CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");
