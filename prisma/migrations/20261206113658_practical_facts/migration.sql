-- CreateEnum
CREATE TYPE "FeeKind" AS ENUM ('FREE', 'PAID');

-- CreateEnum
CREATE TYPE "VisitorScope" AS ENUM ('OBSERVATION_ONLY', 'HANDS_ON_SUPERVISED', 'RESEARCH_WORK');

-- CreateEnum
CREATE TYPE "RequiredDocument" AS ENUM ('CV', 'MOTIVATION_LETTER', 'RECOMMENDATION_LETTERS', 'DIPLOMA', 'LICENCE_GOOD_STANDING', 'HEALTH_INSURANCE', 'LIABILITY_INSURANCE', 'IMMUNISATION_RECORD', 'PASSPORT_ID', 'LANGUAGE_CERTIFICATE', 'OTHER');

-- AlterTable
ALTER TABLE "Opportunity" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "contactRole" TEXT,
ADD COLUMN     "dressCodeEn" TEXT,
ADD COLUMN     "dressCodeIt" TEXT,
ADD COLUMN     "feeAmountMinor" INTEGER,
ADD COLUMN     "feeCoversEn" TEXT,
ADD COLUMN     "feeCoversIt" TEXT,
ADD COLUMN     "feeCurrency" TEXT,
ADD COLUMN     "feeKind" "FeeKind",
ADD COLUMN     "housingTravelEn" TEXT,
ADD COLUMN     "housingTravelIt" TEXT,
ADD COLUMN     "otherDocument" TEXT,
ADD COLUMN     "recommendationLetters" INTEGER,
ADD COLUMN     "requiredDocuments" "RequiredDocument"[] DEFAULT ARRAY[]::"RequiredDocument"[],
ADD COLUMN     "vaccines" TEXT,
ADD COLUMN     "visaLetter" BOOLEAN,
ADD COLUMN     "visitorScope" "VisitorScope",
ADD COLUMN     "workingHoursEn" TEXT,
ADD COLUMN     "workingHoursIt" TEXT;
