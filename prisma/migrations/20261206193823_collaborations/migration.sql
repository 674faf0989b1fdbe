-- CreateEnum
CREATE TYPE "CollaborationPartnerKind" AS ENUM ('CLINICAL_SITE', 'LABORATORY', 'DATA', 'CO_INVESTIGATOR');

-- CreateEnum
CREATE TYPE "CollaborationVisibility" AS ENUM ('PUBLIC', 'SIGNED_IN');

-- CreateEnum
CREATE TYPE "CollaborationStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "CollaborationInterestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateTable
CREATE TABLE "CollaborationProposal" (
    "id" TEXT NOT NULL,
    "proposerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "expertise" TEXT NOT NULL,
    "partnerKinds" "CollaborationPartnerKind"[],
    "languages" TEXT[],
    "fundingProgramme" TEXT,
    "fundingCallId" TEXT,
    "fundingDeadline" DATE,
    "visibility" "CollaborationVisibility" NOT NULL DEFAULT 'PUBLIC',
    "status" "CollaborationStatus" NOT NULL DEFAULT 'OPEN',
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CollaborationProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollaborationTopic" (
    "proposalId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,

    CONSTRAINT "CollaborationTopic_pkey" PRIMARY KEY ("proposalId","topicId")
);

-- CreateTable
CREATE TABLE "CollaborationInterest" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "CollaborationInterestStatus" NOT NULL DEFAULT 'PENDING',
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollaborationInterest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollaborationMessage" (
    "id" TEXT NOT NULL,
    "interestId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollaborationMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CollaborationProposal_status_createdAt_idx" ON "CollaborationProposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "CollaborationProposal_proposerId_idx" ON "CollaborationProposal"("proposerId");

-- CreateIndex
CREATE INDEX "CollaborationTopic_topicId_idx" ON "CollaborationTopic"("topicId");

-- CreateIndex
CREATE INDEX "CollaborationInterest_personId_idx" ON "CollaborationInterest"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "CollaborationInterest_proposalId_personId_key" ON "CollaborationInterest"("proposalId", "personId");

-- CreateIndex
CREATE INDEX "CollaborationMessage_interestId_createdAt_idx" ON "CollaborationMessage"("interestId", "createdAt");

-- AddForeignKey
ALTER TABLE "CollaborationProposal" ADD CONSTRAINT "CollaborationProposal_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationTopic" ADD CONSTRAINT "CollaborationTopic_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "CollaborationProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationTopic" ADD CONSTRAINT "CollaborationTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationInterest" ADD CONSTRAINT "CollaborationInterest_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "CollaborationProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationInterest" ADD CONSTRAINT "CollaborationInterest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationMessage" ADD CONSTRAINT "CollaborationMessage_interestId_fkey" FOREIGN KEY ("interestId") REFERENCES "CollaborationInterest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationMessage" ADD CONSTRAINT "CollaborationMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
