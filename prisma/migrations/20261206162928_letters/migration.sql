-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('ATTENDED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('INVITATION', 'CERTIFICATE');

-- AlterTable
ALTER TABLE "Centre" ADD COLUMN     "legalName" TEXT,
ADD COLUMN     "letterAddress" TEXT,
ADD COLUMN     "signatoryName" TEXT,
ADD COLUMN     "signatoryRole" TEXT;

-- AlterTable
ALTER TABLE "Request" ADD COLUMN     "attendance" "Attendance",
ADD COLUMN     "attendanceAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Letter" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "requestId" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "nationality" TEXT,
    "passportNumber" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "purpose" TEXT NOT NULL,
    "costs" TEXT,
    "centreName" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "signatoryName" TEXT NOT NULL,
    "signatoryRole" TEXT NOT NULL,
    "issuedById" TEXT,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedReason" TEXT,

    CONSTRAINT "Letter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Letter_code_key" ON "Letter"("code");

-- CreateIndex
CREATE INDEX "Letter_requestId_kind_idx" ON "Letter"("requestId", "kind");

-- CreateIndex
CREATE INDEX "Letter_centreId_idx" ON "Letter"("centreId");

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;
