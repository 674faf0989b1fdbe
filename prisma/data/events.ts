/**
 * The EXAMPLE events (issue 18, part 5), labelled "example event" in the UI like the example
 * opportunities and hidden with them where the installation hides examples (PONTE_EXAMPLES).
 *
 * Each is built only on documented facilities and activities of its centres, as recorded in
 * the research notes (/work/shared/data/lombardy-catalogue-sources.md); `sources` lists the
 * notes' sources for those facts. The notes document no real recurring event (conference,
 * course or open day with a yearly date) for any centre, so no example claims to be one: the
 * dates, times, capacities and programmes are illustrations. Dates are yearly (`MM-DD`) and
 * land at their next occurrence after the seed day (app/catalogue/example-dates.ts).
 */
import type { EventSeed } from "./types";

export const exampleEvents: EventSeed[] = [
  {
    key: "cnao-particle-therapy-open-day",
    kind: "OPEN_DAY",
    titleEn: "Open day: particle therapy with protons and carbon ions",
    titleIt: "Giornata aperta: adroterapia con protoni e ioni carbonio",
    descriptionEn:
      "A day at CNAO for clinicians and medical physicists: how hadrontherapy with protons and carbon ions is planned and delivered, and a visit to the synchrotron (an 80 m ring, 25 m across). CNAO is the only centre in Italy treating with both protons and carbon ions.",
    descriptionIt:
      "Una giornata al CNAO per clinici e fisici medici: come si pianifica e si eroga l'adroterapia con protoni e ioni carbonio, con una visita al sincrotrone (un anello di 80 m, 25 m di diametro). Il CNAO è l'unico centro in Italia che tratta sia con protoni sia con ioni carbonio.",
    centres: ["cnao"],
    topics: ["carbon-ion-radiotherapy", "proton-therapy", "radiotherapy"],
    languages: ["en", "it"],
    start: "10-14",
    days: 1,
    times: { start: "10:00", end: "16:00" },
    online: false,
    venue: "CNAO",
    address: "Strada Campeggi 53, 27100 Pavia",
    city: "Pavia",
    capacity: 30,
    deadlineDaysBefore: 7,
    fee: "FREE",
    sources: [{ url: "https://fondazionecnao.it/en" }, { url: "https://it.m.wikipedia.org/wiki/CNAO" }],
  },
  {
    key: "luzzatto-acute-care-simulation-session",
    kind: "SIMULATION_SESSION",
    titleEn: "Acute deterioration: a high-fidelity simulation session",
    titleIt: "Deterioramento acuto: una sessione di simulazione ad alta fedeltà",
    descriptionEn:
      "A day of scenarios in the centre's high-fidelity rooms on the recognition and management of acute deterioration and resuscitation, each scenario followed by a structured debriefing. For mixed teams of physicians and nurses.",
    descriptionIt:
      "Una giornata di scenari nelle sale ad alta fedeltà del centro sul riconoscimento e la gestione del deterioramento acuto e sulla rianimazione, ogni scenario seguito da un debriefing strutturato. Per équipe miste di medici e infermieri.",
    centres: ["mario-luzzatto-simulation-center"],
    topics: ["simulation-training", "patient-simulation", "critical-care", "cardiopulmonary-resuscitation"],
    languages: ["en"],
    start: "06-10",
    days: 1,
    times: { start: "09:00", end: "17:30" },
    online: false,
    venue: "Mario Luzzatto Simulation Center, Humanitas University campus",
    address: null,
    city: "Rozzano (Milan)",
    capacity: 12,
    deadlineDaysBefore: 14,
    fee: "FREE",
    sources: [
      {
        url: "https://true-news.it/pharma/il-simulation-center-di-humanitas-tra-reale-e-virtuale-cosi-cresce-la-didattica",
      },
      {
        url: "http://milano.corriere.it/notizie/cronaca/17_novembre_15/milano-laboratori-musica-webcam-l-humanitas-riforma-campus-1c0c1f26-c971-11e7-8a54-e86623f761be.shtml",
      },
    ],
  },
  {
    key: "besta-neurosim-neurosurgical-simulation-workshop",
    kind: "WORKSHOP",
    titleEn: "Neurosurgical simulation workshop",
    titleIt: "Workshop di simulazione neurochirurgica",
    descriptionEn:
      "Two days on the centre's three neurosimulators (NeuroTouch, ImmersiveTouch, Surgical Theater) and its 3D anatomy visualiser, in small groups. For neurosurgery residents and early-career neurosurgeons.",
    descriptionIt:
      "Due giornate sui tre neurosimulatori del centro (NeuroTouch, ImmersiveTouch, Surgical Theater) e sul suo visualizzatore anatomico 3D, in piccoli gruppi. Per specializzandi in neurochirurgia e neurochirurghi a inizio carriera.",
    centres: ["besta-neurosim"],
    topics: ["neurosurgical-simulation", "neurosurgical-procedures"],
    languages: ["en"],
    start: "09-23",
    days: 2,
    times: { start: "09:00", end: "17:00" },
    online: false,
    venue: "Besta NeuroSim Center",
    address: "Via Celoria 11, Milano",
    city: "Milan",
    capacity: 6,
    deadlineDaysBefore: 21,
    fee: "FREE",
    sources: [
      {
        url: "http://www.liberoquotidiano.it/news/salute/13208303/l-evoluzione-delle-neuroscienze-leuropa-arriva-al-besta-di-milano.html",
      },
      {
        url: "https://www.agenzianova.com/a/5cee954aae3787.18986167/2463730/2019-05-29/lombardia-la-commissione-sanita-della-regione-in-visita-alla-fondazione-irccs-besta",
      },
    ],
  },
  {
    key: "csp-buzzi-maternal-child-emergency-course",
    kind: "COURSE",
    titleEn: "Maternal, neonatal and paediatric emergencies: a two-day simulation course",
    titleIt: "Emergenze materne, neonatali e pediatriche: corso di simulazione di due giorni",
    descriptionEn:
      "A course co-organised by two Milan simulation centres with a maternal–child focus: obstetric, neonatal and paediatric emergency scenarios, with the C.S.P. Training Center's paediatric laparoscopic simulator. For obstetricians, paediatricians, midwives and nurses.",
    descriptionIt:
      "Un corso organizzato insieme da due centri di simulazione milanesi dedicati all'area materno-infantile: scenari di emergenze ostetriche, neonatali e pediatriche, con il simulatore di laparoscopia pediatrica del C.S.P. Training Center. Per ostetrici, pediatri, ostetriche e infermieri.",
    centres: ["policlinico-csp-training-center", "buzzi-paediatric-simulation-centre"],
    topics: ["simulation-training", "obstetrics", "neonatology", "pediatrics", "emergency-care"],
    languages: ["it", "en"],
    start: "11-19",
    days: 2,
    online: false,
    venue: "Policlinico C.S.P. Training Center",
    address: "Via Pace 9, Milano",
    city: "Milan",
    capacity: 16,
    deadlineDaysBefore: 14,
    fee: "FREE",
    sources: [
      { url: "https://www.ilgiorno.it/salute/policlinico-simulatore-j8dp0bof" },
      {
        url: "https://www.tecnicaospedaliera.it/inaugurato-a-milano-il-centro-di-simulazione-policlinico-c-s-p-training-center",
      },
      { url: "https://www.ilgiorno.it/salute/simulatore-buzzi-rkjti85p" },
    ],
  },
  {
    key: "poliambulanza-neonatal-resuscitation-session",
    kind: "SIMULATION_SESSION",
    titleEn: "Neonatal resuscitation in the simulated delivery room",
    titleIt: "Rianimazione neonatale nella sala parto simulata",
    descriptionEn:
      "A morning in the centre's simulated delivery room with its 700 g preterm and term newborn simulators: resuscitation and stabilisation of very preterm infants, and teamwork during critical births.",
    descriptionIt:
      "Una mattina nella sala parto simulata del centro con i simulatori di neonato pretermine da 700 g e di neonato a termine: rianimazione e stabilizzazione dei grandi prematuri e lavoro d'équipe nei parti critici.",
    centres: ["poliambulanza-neonatal-simulation-centre"],
    topics: ["simulation-training", "neonatology", "infant-premature-diseases", "cardiopulmonary-resuscitation"],
    languages: ["it", "en"],
    start: "03-18",
    days: 1,
    times: { start: "08:30", end: "13:00" },
    online: false,
    venue: "Fondazione Poliambulanza",
    address: null,
    city: "Brescia",
    capacity: 8,
    deadlineDaysBefore: 10,
    fee: "FREE",
    sources: [
      {
        url: "https://blog.poliambulanza.it/visti-da-vicino/in-poliambulanza-un-centro-di-simulazione-robotica-neonatale-dedicato-alla-formazione-su-situazioni-cliniche-complesse-durante-il-parto",
      },
    ],
  },
  {
    key: "sr-tiget-gene-therapy-webinar",
    kind: "WEBINAR",
    titleEn: "Webinar: ex vivo gene therapy for primary immunodeficiencies",
    titleIt: "Webinar: terapia genica ex vivo delle immunodeficienze primitive",
    descriptionEn:
      "An online seminar on haematopoietic stem-cell gene therapy with lentiviral vectors, from the institute where Strimvelis, the ex vivo gene therapy for ADA-SCID authorised in Europe in 2016, was developed. For researchers and doctoral students.",
    descriptionIt:
      "Un seminario online sulla terapia genica con cellule staminali ematopoietiche e vettori lentivirali, dall'istituto in cui è stata sviluppata Strimvelis, la terapia genica ex vivo per l'ADA-SCID autorizzata in Europa nel 2016. Per ricercatori e dottorandi.",
    centres: ["sr-tiget"],
    topics: ["gene-therapy", "lentiviral-gene-transfer", "ada-scid"],
    languages: ["en"],
    start: "02-24",
    days: 1,
    times: { start: "16:00", end: "17:30" },
    online: true,
    venue: null,
    address: null,
    city: null,
    capacity: null,
    fee: "FREE",
    sources: [
      { url: "https://research.hsr.it/en/institutes/san-raffaele-telethon-institute-for-gene-therapy/index.html" },
      {
        url: "https://www.fondazionesanraffaele.it/news/opinione-positiva-del-chmp-per-strimvelistm-prima-terapia-genica-per-il-trattamento-dellada-scid/",
      },
    ],
  },
];
