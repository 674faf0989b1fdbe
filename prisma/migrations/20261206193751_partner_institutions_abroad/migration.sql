-- AlterTable
ALTER TABLE "Centre" ADD COLUMN     "country" TEXT;

-- CreateIndex
CREATE INDEX "Centre_country_idx" ON "Centre"("country");
