/**
 * The shared vocabulary of opportunities and profiles: professions, career stages, kinds of
 * stay and CEFR language levels (Council of Europe, Common European Framework of Reference).
 * Opportunities state their eligibility in these words and applicant profiles describe
 * people in the same words, so the ranker can compare them. Pure; safe in the browser.
 */
export const PROFESSIONS = [
  "PHYSICIAN",
  "SURGEON",
  "NURSE",
  "RESEARCHER",
  "DOCTORAL_STUDENT",
  "BIOMEDICAL_ENGINEER",
  // ISCO-08 health professionals (22, 226) and technicians (321) by the names the field uses.
  "MEDICAL_PHYSICIST",
  "RADIOGRAPHER",
  "RADIATION_THERAPIST",
  "PHARMACIST",
  "MIDWIFE",
  "PHYSIOTHERAPIST",
  "PSYCHOLOGIST",
  "LABORATORY_SCIENTIST",
  "OTHER",
] as const;
export const CAREER_STAGES = ["STUDENT", "DOCTORAL_CANDIDATE", "RESIDENT", "EARLY_CAREER", "ESTABLISHED"] as const;
export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export const STAY_TYPES = [
  "OBSERVERSHIP",
  "CLINICAL_VISIT",
  "JOINT_RESEARCH",
  "DOCTORAL_EXCHANGE",
  "SIMULATION_PROGRAMME",
] as const;
