-- AlterEnum
ALTER TYPE "NotificationStatus" ADD VALUE 'DIGEST';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "digestId" TEXT,
ADD COLUMN     "resends" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);
