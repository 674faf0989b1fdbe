-- AlterTable
ALTER TABLE "EventRegistration" ADD COLUMN     "attendanceMarkedAt" TIMESTAMPTZ(3);
