-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "careerStages" "CareerStage"[],
ADD COLUMN     "professions" "Profession"[];
