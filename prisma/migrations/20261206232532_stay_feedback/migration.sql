-- CreateTable
CREATE TABLE "StayFeedback" (
    "requestId" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "wouldRecommend" BOOLEAN NOT NULL,
    "mostUseful" TEXT NOT NULL DEFAULT '',
    "couldBeBetter" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StayFeedback_pkey" PRIMARY KEY ("requestId")
);

-- CreateIndex
CREATE INDEX "StayFeedback_centreId_createdAt_idx" ON "StayFeedback"("centreId", "createdAt");

-- AddForeignKey
ALTER TABLE "StayFeedback" ADD CONSTRAINT "StayFeedback_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StayFeedback" ADD CONSTRAINT "StayFeedback_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;
