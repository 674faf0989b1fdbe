-- AlterTable
ALTER TABLE "CollaborationProposal" ADD COLUMN     "isExample" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "seedKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "CollaborationProposal_seedKey_key" ON "CollaborationProposal"("seedKey");
