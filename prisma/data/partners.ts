/**
 * Catalogue seed: partner institutions abroad (issue 19), hosts for Lombardy's professionals.
 *
 * The only sourced fact about them in shared/data/lombardy-catalogue-sources.md is CNAO's
 * list of collaboration partners abroad (section 1.2, source [8]: CERN, GSI, LPSC, NIRS,
 * HIT), so each centre carries that one fact, with CNAO's partnerships page as its source.
 * Nothing else is stated as a fact: no website, ROR ID, IRCCS status, address or working
 * languages. The country and city are the catalogue's required location of an institution
 * abroad (where it is, not a claim about it), and the kind is the closest of the
 * catalogue's kinds; both are shown as labels, never as sourced facts.
 *
 * Opportunities are examples, labelled "example opportunity" like every seeded one: no
 * public source lists these institutions' visiting programmes for Ponte.
 */
import type { CefrLevel, CentreSeed, DateRangeSeed, FactSeed, SourceSeed } from "./types.js";

const en = (level: CefrLevel) => ({ code: "en", level });
const w = (start: string, end: string): DateRangeSeed => ({ start, end });

/** Source [8] of section 1.2 of the notes: CNAO's partnerships page. */
const CNAO_PARTNERS: SourceSeed = {
  n: 1,
  url: "https://fondazionecnao.it/en/partnerships",
  title: "Fondazione CNAO: partnerships",
  kind: "official",
};

const cnaoPartnerFact = (short: string): FactSeed => ({
  en: `CNAO (Pavia) lists ${short} among its collaboration partners abroad.`,
  it: `Il CNAO (Pavia) indica ${short} tra i suoi partner di collaborazione all'estero.`,
  sources: [1],
});

const description = (short: string) => ({
  descriptionEn: `${short} is listed by CNAO, the hadrontherapy centre in Pavia, among its collaboration partners abroad. On Ponte it hosts professionals from Lombardy's centres.`,
  descriptionIt: `${short} è indicato dal CNAO, il centro di adroterapia di Pavia, tra i suoi partner di collaborazione all'estero. Su Ponte ospita professionisti dei centri lombardi.`,
});

export const partnersAbroad: CentreSeed[] = [
  {
    slug: "hit-heidelberg",
    name: "HIT – Heidelberg Ion-Beam Therapy Center",
    nameIt: "HIT – Heidelberg Ion-Beam Therapy Center",
    kind: "RESEARCH_INSTITUTE",
    country: "DE",
    city: "Heidelberg",
    address: null,
    website: null,
    irccs: null,
    ...description("HIT"),
    languages: [],
    topics: ["heavy-ion-radiotherapy", "carbon-ion-radiotherapy", "proton-therapy"],
    facts: [cnaoPartnerFact("HIT")],
    sources: [CNAO_PARTNERS],
    opportunities: [
      {
        key: "hit-ion-beam-therapy-clinical-visit",
        type: "CLINICAL_VISIT",
        titleEn: "Ion-beam therapy clinical visit",
        titleIt: "Visita clinica in terapia con fasci di ioni",
        descriptionEn:
          "An example clinical visit for radiation oncologists, radiation therapists and nurses from Lombardy's centres who want to see how another European centre plans and delivers proton and carbon-ion treatments. The programme is agreed with the host team before arrival; the working language of this example is English.",
        descriptionIt:
          "Visita clinica di esempio per radioterapisti oncologi, tecnici di radioterapia e infermieri dei centri lombardi che vogliono vedere come un altro centro europeo pianifica ed eroga trattamenti con protoni e ioni carbonio. Il programma si concorda con l'équipe ospitante prima dell'arrivo; la lingua di lavoro di questo esempio è l'inglese.",
        topics: ["carbon-ion-radiotherapy", "proton-therapy", "heavy-ion-radiotherapy", "nursing"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "RADIATION_THERAPIST", "NURSE", "MEDICAL_PHYSICIST"],
        careerStages: [],
        seats: 2,
        minDays: 5,
        maxDays: 30,
        windows: [w("02-01", "06-30"), w("09-15", "11-30")],
        deadline: "10-31",
      },
    ],
  },
  {
    slug: "gsi-darmstadt",
    name: "GSI Helmholtzzentrum für Schwerionenforschung",
    nameIt: "GSI Helmholtzzentrum für Schwerionenforschung",
    kind: "RESEARCH_INSTITUTE",
    country: "DE",
    city: "Darmstadt",
    address: null,
    website: null,
    irccs: null,
    ...description("GSI"),
    languages: [],
    topics: ["heavy-ion-radiotherapy", "carbon-ion-radiotherapy", "translational-research"],
    facts: [cnaoPartnerFact("GSI")],
    sources: [CNAO_PARTNERS],
    opportunities: [
      {
        key: "gsi-heavy-ion-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Heavy-ion physics for therapy: joint research stay",
        titleIt: "Fisica degli ioni pesanti per la terapia: soggiorno di ricerca congiunta",
        descriptionEn:
          "An example joint-research stay for physicists, engineers and researchers from Lombardy's centres working on heavy-ion therapy. The project and its host group are agreed before arrival; the working language of this example is English.",
        descriptionIt:
          "Soggiorno di ricerca congiunta di esempio per fisici, ingegneri e ricercatori dei centri lombardi che lavorano sulla terapia con ioni pesanti. Il progetto e il gruppo ospitante si concordano prima dell'arrivo; la lingua di lavoro di questo esempio è l'inglese.",
        topics: ["heavy-ion-radiotherapy", "carbon-ion-radiotherapy", "translational-research"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "MEDICAL_PHYSICIST", "BIOMEDICAL_ENGINEER", "DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 30,
        maxDays: 120,
        windows: [w("03-01", "11-30")],
      },
    ],
  },
  {
    slug: "cern",
    name: "CERN",
    nameIt: "CERN",
    kind: "RESEARCH_INSTITUTE",
    country: "CH",
    city: "Geneva",
    address: null,
    website: null,
    irccs: null,
    ...description("CERN"),
    languages: [],
    topics: ["heavy-ion-radiotherapy", "translational-research"],
    facts: [cnaoPartnerFact("CERN")],
    sources: [CNAO_PARTNERS],
    opportunities: [
      {
        key: "cern-medical-accelerator-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Accelerator physics for particle therapy: doctoral exchange",
        titleIt: "Fisica degli acceleratori per la terapia con particelle: scambio dottorale",
        descriptionEn:
          "An example doctoral exchange for PhD candidates from Lombardy's universities and centres whose thesis touches accelerators or beam delivery for particle therapy. The project is agreed with a host group before arrival; the working language of this example is English.",
        descriptionIt:
          "Scambio dottorale di esempio per dottorandi delle università e dei centri lombardi la cui tesi riguarda gli acceleratori o l'erogazione del fascio per la terapia con particelle. Il progetto si concorda con un gruppo ospitante prima dell'arrivo; la lingua di lavoro di questo esempio è l'inglese.",
        topics: ["heavy-ion-radiotherapy", "proton-therapy"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT", "MEDICAL_PHYSICIST", "BIOMEDICAL_ENGINEER", "RESEARCHER"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 1,
        minDays: 60,
        maxDays: 180,
        windows: [w("01-15", "12-15")],
        deadline: "09-30",
      },
    ],
  },
];
