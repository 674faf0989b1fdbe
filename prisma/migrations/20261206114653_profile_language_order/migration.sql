-- AlterTable
ALTER TABLE "ProfileLanguage" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;
