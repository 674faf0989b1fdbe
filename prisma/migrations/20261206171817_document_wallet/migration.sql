-- CreateEnum
CREATE TYPE "WalletDocumentType" AS ENUM ('CV', 'MOTIVATION_LETTER', 'DIPLOMA', 'LICENCE_REGISTRATION', 'GOOD_STANDING', 'HEALTH_INSURANCE', 'LIABILITY_INSURANCE', 'IMMUNISATION_RECORD', 'PASSPORT_ID', 'LANGUAGE_CERTIFICATE', 'OTHER');

-- CreateTable
CREATE TABLE "WalletDocument" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "type" "WalletDocumentType" NOT NULL,
    "name" TEXT,
    "fileId" TEXT NOT NULL,
    "expiresOn" DATE,
    "expiryReminderSentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WalletDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestDocument" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "type" "WalletDocumentType" NOT NULL,
    "name" TEXT,
    "expiresOn" DATE,
    "fileId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RequestDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WalletDocument_fileId_key" ON "WalletDocument"("fileId");

-- CreateIndex
CREATE INDEX "WalletDocument_ownerId_type_idx" ON "WalletDocument"("ownerId", "type");

-- CreateIndex
CREATE INDEX "WalletDocument_expiresOn_idx" ON "WalletDocument"("expiresOn");

-- CreateIndex
CREATE UNIQUE INDEX "RequestDocument_fileId_key" ON "RequestDocument"("fileId");

-- CreateIndex
CREATE INDEX "RequestDocument_requestId_position_idx" ON "RequestDocument"("requestId", "position");

-- AddForeignKey
ALTER TABLE "WalletDocument" ADD CONSTRAINT "WalletDocument_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WalletDocument" ADD CONSTRAINT "WalletDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestDocument" ADD CONSTRAINT "RequestDocument_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestDocument" ADD CONSTRAINT "RequestDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
