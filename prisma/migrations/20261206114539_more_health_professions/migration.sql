-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Profession" ADD VALUE 'MEDICAL_PHYSICIST';
ALTER TYPE "Profession" ADD VALUE 'RADIOGRAPHER';
ALTER TYPE "Profession" ADD VALUE 'RADIATION_THERAPIST';
ALTER TYPE "Profession" ADD VALUE 'PHARMACIST';
ALTER TYPE "Profession" ADD VALUE 'MIDWIFE';
ALTER TYPE "Profession" ADD VALUE 'PHYSIOTHERAPIST';
ALTER TYPE "Profession" ADD VALUE 'PSYCHOLOGIST';
ALTER TYPE "Profession" ADD VALUE 'LABORATORY_SCIENTIST';
