-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "homeCentreId" TEXT;

-- CreateIndex
CREATE INDEX "Profile_homeCentreId_idx" ON "Profile"("homeCentreId");

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_homeCentreId_fkey" FOREIGN KEY ("homeCentreId") REFERENCES "Centre"("id") ON DELETE SET NULL ON UPDATE CASCADE;
