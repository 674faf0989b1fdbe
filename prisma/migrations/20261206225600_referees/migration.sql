-- CreateTable
CREATE TABLE "Referee" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "tokenHash" TEXT,
    "tokenExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "invitedAt" TIMESTAMPTZ(3) NOT NULL,
    "resentAt" TIMESTAMPTZ(3),
    "reminderSentAt" TIMESTAMPTZ(3),
    "receivedAt" TIMESTAMPTZ(3),
    "fileId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Referee_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Referee_tokenHash_key" ON "Referee"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Referee_fileId_key" ON "Referee"("fileId");

-- CreateIndex
CREATE INDEX "Referee_receivedAt_reminderSentAt_idx" ON "Referee"("receivedAt", "reminderSentAt");

-- CreateIndex
CREATE UNIQUE INDEX "Referee_requestId_email_key" ON "Referee"("requestId", "email");

-- AddForeignKey
ALTER TABLE "Referee" ADD CONSTRAINT "Referee_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referee" ADD CONSTRAINT "Referee_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
