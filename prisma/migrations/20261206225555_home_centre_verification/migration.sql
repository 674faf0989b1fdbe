-- CreateEnum
CREATE TYPE "HomeCentreStatus" AS ENUM ('UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "HomeCentreVerification" AS ENUM ('EMAIL_DOMAIN', 'COORDINATOR');

-- DropIndex
DROP INDEX "Profile_homeCentreId_idx";

-- AlterTable
ALTER TABLE "Centre" ADD COLUMN     "emailDomains" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "homeCentreDecidedById" TEXT,
ADD COLUMN     "homeCentreStatus" "HomeCentreStatus" NOT NULL DEFAULT 'UNVERIFIED',
ADD COLUMN     "homeCentreStatusAt" TIMESTAMPTZ(3),
ADD COLUMN     "homeCentreVerifiedVia" "HomeCentreVerification",
ADD COLUMN     "shareWithHomeCentre" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "shareWithHomeCentreAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Profile_homeCentreId_homeCentreStatus_idx" ON "Profile"("homeCentreId", "homeCentreStatus");
