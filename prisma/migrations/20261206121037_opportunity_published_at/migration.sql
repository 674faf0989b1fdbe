-- AlterTable
ALTER TABLE "Opportunity" ADD COLUMN     "publishedAt" TIMESTAMPTZ(3);
