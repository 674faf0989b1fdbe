-- Issue 14: seeded example opportunities whose career stages include doctoral candidates
-- but whose professions left out doctoral students (their descriptions welcome them).
-- prisma/data/catalogue.ts is fixed for new databases, and this fixes databases seeded before.
UPDATE "Opportunity"
SET "professions" = array_append("professions", 'DOCTORAL_STUDENT'::"Profession")
WHERE "seedKey" IN (
    'cnao-bnct-joint-research',
    'policlinico-rare-diseases-joint-research',
    'ieo-radiomics-joint-research',
    'pavia-neuroscience-joint-research',
    'mondino-neurodegeneration-joint-research',
    'besta-neurosim-3d-neuroanatomy-module',
    'uninsubria-medical-humanities-joint-research'
  )
  AND 'DOCTORAL_CANDIDATE'::"CareerStage" = ANY("careerStages")
  AND cardinality("professions") > 0
  AND NOT ('DOCTORAL_STUDENT'::"Profession" = ANY("professions"));
