-- Issue 14: seeded example opportunities whose descriptions welcome medical physicists now
-- list them (the profession exists since the previous migration; a new enum value cannot be
-- used in the migration that adds it). prisma/data/catalogue.ts has the same for new databases.
UPDATE "Opportunity"
SET "professions" = array_append("professions", 'MEDICAL_PHYSICIST'::"Profession")
WHERE "seedKey" IN (
    'cnao-carbon-ion-observership',
    'cnao-bnct-joint-research',
    'humanitas-radiotherapy-radiosurgery-observership',
    'ieo-proton-therapy-observership',
    'ieo-radiomics-joint-research',
    'san-raffaele-radiosurgery-observership'
  )
  AND cardinality("professions") > 0
  AND NOT ('MEDICAL_PHYSICIST'::"Profession" = ANY("professions"));
