/**
 * The EXAMPLE joint research proposals (issue 19 part 5), seeded in demo mode only and
 * proposed by the demo researcher account (prisma/seed-demo.ts), never by a real person. They
 * name no person, institution, funding call or result: each is a generic illustration of what
 * a partner search looks like, labelled "example proposal" in the UI, hidden with the other
 * examples where the installation hides them (PONTE_EXAMPLES), and nobody can express
 * interest in one (decision 0036). Texts go through the proposal form's schema when seeded.
 * One is written in Italian, as a proposer in Lombardy might write it.
 */
export interface ProposalSeed {
  key: string;
  title: string;
  summary: string;
  expertise: string;
  /** Taxonomy keys (prisma/data/taxonomy.json). */
  topics: string[];
  partnerKinds: ("CLINICAL_SITE" | "LABORATORY" | "DATA" | "CO_INVESTIGATOR")[];
  /** ISO 639-1. */
  languages: string[];
}

export const exampleProposals: ProposalSeed[] = [
  {
    key: "example-particle-therapy-outcomes-registry",
    title: "Example: a shared outcomes registry for particle therapy of skull-base tumours",
    summary:
      "An illustration of a partner search. The idea: centres that treat skull-base tumours with protons or carbon ions agree on a common minimal data set (dose, fractionation, toxicity, follow-up) so that their outcomes can be compared.",
    expertise:
      "Clinical sites treating skull-base tumours with particle therapy, and a partner experienced in running multicentre registries and their data protection.",
    topics: ["proton-therapy", "carbon-ion-radiotherapy", "head-and-neck-neoplasms"],
    partnerKinds: ["CLINICAL_SITE", "DATA"],
    languages: ["en"],
  },
  {
    key: "example-radiomics-lung-response",
    title: "Example: radiomics to predict response of lung tumours to radiotherapy",
    summary:
      "An illustration of a partner search. The idea: test whether features computed from routine CT scans before radiotherapy help predict the response of lung tumours, using images from more than one hospital.",
    expertise:
      "Partners who can contribute anonymised CT scans with outcomes, and a co-investigator with experience in image analysis and model validation.",
    topics: ["radiomics", "lung-neoplasms", "tomography-x-ray-computed"],
    partnerKinds: ["DATA", "CO_INVESTIGATOR"],
    languages: ["en", "it"],
  },
  {
    key: "example-simulation-sepsis-teamwork",
    title: "Esempio: simulazione ad alta fedeltà per il riconoscimento precoce della sepsi",
    summary:
      "Un'illustrazione di ricerca di partner. L'idea: confrontare tra più centri di simulazione un percorso di scenari sul riconoscimento precoce della sepsi nei reparti, misurando i tempi di intervento delle équipe prima e dopo l'addestramento.",
    expertise:
      "Centri di simulazione con sale ad alta fedeltà e un partner clinico disposto a misurare i tempi di intervento nei reparti.",
    topics: ["sepsis", "simulation-training"],
    partnerKinds: ["CLINICAL_SITE", "LABORATORY"],
    languages: ["it", "en"],
  },
];
