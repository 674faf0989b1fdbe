-- CreateEnum
CREATE TYPE "AllocationRoundState" AS ENUM ('OPEN', 'RANKING', 'PROPOSED', 'CONFIRMED');

-- AlterTable
ALTER TABLE "Request" ADD COLUMN     "allocationRoundId" TEXT;

-- CreateTable
CREATE TABLE "AllocationRound" (
    "id" TEXT NOT NULL,
    "centreId" TEXT,
    "createdById" TEXT,
    "name" TEXT NOT NULL,
    "applicationStart" DATE NOT NULL,
    "applicationEnd" DATE NOT NULL,
    "rankingDeadline" DATE NOT NULL,
    "maxChoices" INTEGER NOT NULL,
    "declineMessageEn" TEXT NOT NULL,
    "declineMessageIt" TEXT NOT NULL,
    "state" "AllocationRoundState" NOT NULL DEFAULT 'OPEN',
    "proposal" JSONB,
    "proposedAt" TIMESTAMPTZ(3),
    "confirmedAt" TIMESTAMPTZ(3),
    "confirmedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AllocationRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllocationProgramme" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,

    CONSTRAINT "AllocationProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllocationApplication" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AllocationApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllocationChoice" (
    "applicationId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,

    CONSTRAINT "AllocationChoice_pkey" PRIMARY KEY ("applicationId","programmeId")
);

-- CreateTable
CREATE TABLE "AllocationRanking" (
    "programmeId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "position" INTEGER,

    CONSTRAINT "AllocationRanking_pkey" PRIMARY KEY ("programmeId","applicationId")
);

-- CreateIndex
CREATE INDEX "AllocationRound_state_idx" ON "AllocationRound"("state");

-- CreateIndex
CREATE UNIQUE INDEX "AllocationProgramme_roundId_cohortId_key" ON "AllocationProgramme"("roundId", "cohortId");

-- CreateIndex
CREATE UNIQUE INDEX "AllocationApplication_roundId_applicantId_key" ON "AllocationApplication"("roundId", "applicantId");

-- CreateIndex
CREATE UNIQUE INDEX "AllocationChoice_applicationId_rank_key" ON "AllocationChoice"("applicationId", "rank");

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_allocationRoundId_fkey" FOREIGN KEY ("allocationRoundId") REFERENCES "AllocationRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationRound" ADD CONSTRAINT "AllocationRound_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationRound" ADD CONSTRAINT "AllocationRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationProgramme" ADD CONSTRAINT "AllocationProgramme_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AllocationRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationProgramme" ADD CONSTRAINT "AllocationProgramme_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationApplication" ADD CONSTRAINT "AllocationApplication_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AllocationRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationApplication" ADD CONSTRAINT "AllocationApplication_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationChoice" ADD CONSTRAINT "AllocationChoice_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "AllocationApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationChoice" ADD CONSTRAINT "AllocationChoice_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "AllocationProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationRanking" ADD CONSTRAINT "AllocationRanking_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "AllocationProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationRanking" ADD CONSTRAINT "AllocationRanking_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "AllocationApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;
