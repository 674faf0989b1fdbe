-- AlterTable
ALTER TABLE "Request" ADD COLUMN     "filesNoticeSentAt" TIMESTAMPTZ(3),
ADD COLUMN     "filesRemovedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "inactiveWarnedAt" TIMESTAMPTZ(3),
ADD COLUMN     "lastSignInAt" TIMESTAMPTZ(3),
ADD COLUMN     "privacyAcceptedAt" TIMESTAMPTZ(3),
ADD COLUMN     "privacyVersion" TEXT;

-- Existing accounts: their last sign-in is the latest of their sessions or login audit events
-- (else their creation), so the retention job does not count them idle from their sign-up.
UPDATE "User" u SET "lastSignInAt" = GREATEST(
  u."createdAt",
  (SELECT max(s."createdAt") FROM "Session" s WHERE s."userId" = u."id"),
  (SELECT max(a."createdAt") FROM "AuditEvent" a WHERE a."actorId" = u."id" AND a."action" = 'user.login')
);
