/**
 * Catalogue seed: Lombardy life-sciences centres, simulation centres and universities, then
 * the partner institutions abroad of ./partners.ts (issue 19).
 *
 * Facts come only from the research notes in shared/data/lombardy-catalogue-sources.md.
 * Every fact cites the numbers of its sources, numbered as in the notes for that centre's
 * block (sources taken from another block of the notes get the next free numbers).
 * Claims the notes mark UNCONFIRMED are left out. Where sources disagree, both values are
 * given with their sources.
 *
 * Opportunities are examples: no public source lists the centres' real visiting
 * programmes, and the app labels every one of them "example opportunity".
 */
import type { CefrLevel, CentreSeed, CohortSeed, DateRangeSeed } from "./types.js";
import { partnersAbroad } from "./partners.js";

export const CATALOGUE_VERSION = "2026.2";

const en = (level: CefrLevel) => ({ code: "en", level });
const it = (level: CefrLevel) => ({ code: "it", level });
const w = (start: string, end: string): DateRangeSeed => ({ start, end });
const cohort = (key: string, name: string, start: string, end: string, seats: number): CohortSeed => ({
  key,
  name,
  start,
  end,
  seats,
});

/** Source 1 of section 3 of the notes: the SIMMED census of Lombard simulation centres. */
const SIMMED_SOURCE = {
  n: 1,
  url: "https://giornaleprevidenza.it/professione/la-mappa-delle-strutture-dove-i-medici-si-addestrano-come-i-piloti",
  title: "Il Giornale della Previdenza: map of the simulation centres where doctors train like pilots (SIMMED census)",
  kind: "press",
};

const CAR_T_LIST_TITLE = "inSalute News: CAR-T, destination future (list of authorised Lombard centres)";

const lombardy: CentreSeed[] = [
  // ───────────────────────────── Hospitals, institutes, network ─────────────────────────────
  {
    slug: "niguarda",
    name: "Grande Ospedale Metropolitano Niguarda",
    nameIt: "Grande Ospedale Metropolitano Niguarda",
    kind: "PUBLIC_HOSPITAL",
    city: "Milan",
    address: "Piazza Ospedale Maggiore 3, Milano",
    website: "https://www.ospedaleniguarda.it",
    irccs: null,
    descriptionEn:
      "Grande Ospedale Metropolitano Niguarda is a public hospital in Milan, organised as an ASST of the Lombardy regional health service and focused on high-complexity conditions and emergency care. It performed its first heart transplant in 1985 and has used ventricular assist devices since 1988; in February 2018 it implanted a 100 g telemonitored VAD, the first device of its type in Italy. It is one of the Lombard centres authorised to give CAR-T cell therapy (November 2023 list).",
    descriptionIt:
      "Il Grande Ospedale Metropolitano Niguarda è un ospedale pubblico di Milano, organizzato come ASST del servizio sanitario regionale lombardo e orientato alle patologie ad alta complessità e all'emergenza-urgenza. Ha eseguito il primo trapianto di cuore nel 1985 e usa dispositivi di assistenza ventricolare dal 1988; nel febbraio 2018 ha impiantato un VAD telemonitorato da 100 g, il primo dispositivo del suo tipo in Italia. È uno dei centri lombardi autorizzati alla terapia con cellule CAR-T (elenco di novembre 2023).",
    languages: [],
    topics: [
      "heart-assist-devices",
      "heart-transplantation",
      "organ-transplantation",
      "heart-failure",
      "cardiovascular-diseases",
      "emergency-care",
      "car-t-cell-therapy",
    ],
    facts: [
      {
        en: "Called “Ospedale Niguarda Ca' Granda” until 2017.",
        it: "Fino al 2017 si chiamava “Ospedale Niguarda Ca' Granda”.",
        sources: [1, 2],
      },
      {
        en: "A public hospital organised as an ASST (Azienda Socio Sanitaria Territoriale) of the Lombardy regional health service.",
        it: "Ospedale pubblico organizzato come ASST (Azienda Socio Sanitaria Territoriale) del servizio sanitario regionale lombardo.",
        sources: [1],
      },
      {
        en: "Address: Piazza Ospedale Maggiore 3, Milan.",
        it: "Indirizzo: Piazza Ospedale Maggiore 3, Milano.",
        sources: [1],
      },
      {
        en: "Inaugurated on 10 October 1939.",
        it: "Inaugurato il 10 ottobre 1939.",
        sources: [1, 3],
      },
      {
        en: "1,213 beds (undated figure).",
        it: "1.213 posti letto (dato senza data).",
        sources: [1],
      },
      {
        en: "Focused on high-complexity conditions and emergency care.",
        it: "Orientato alle patologie ad alta complessità e all'emergenza-urgenza.",
        sources: [1],
      },
      {
        en: "In February 2018 it implanted a latest-generation, miniaturised ventricular assist device (VAD) in a 61-year-old patient: the device weighs 100 g instead of the “canonical” 300 g, its parameters are telemonitored and accessible to clinicians 24 hours a day with an automatic phone alert, and a Doppler sensor measures blood flow directly, up to 10 L/min.",
        it: "Nel febbraio 2018 ha impiantato in un paziente di 61 anni un dispositivo di assistenza ventricolare (VAD) miniaturizzato di ultima generazione: pesa 100 g invece dei 300 g “canonici”, i suoi parametri sono telemonitorati e consultabili dai clinici 24 ore su 24 con allerta telefonica automatica, e un sensore Doppler misura direttamente il flusso di sangue, fino a 10 L/min.",
        sources: [4, 5],
      },
      {
        en: "The press described it as the first device of its type implanted in Italy, after 15 earlier implants in Europe.",
        it: "La stampa lo ha descritto come il primo dispositivo del suo tipo impiantato in Italia, dopo 15 impianti precedenti in Europa.",
        sources: [4, 5],
      },
      {
        en: "Among the first Italian centres to use ventricular assist devices, from 1988; more than 300 implanted.",
        it: "Tra i primi centri italiani a usare dispositivi di assistenza ventricolare, dal 1988; oltre 300 impianti.",
        sources: [4],
      },
      {
        en: "First heart transplant on 23 November 1985, the third Italian centre to do so.",
        it: "Primo trapianto di cuore il 23 novembre 1985, terzo centro italiano a eseguirlo.",
        sources: [6],
      },
      {
        en: "About 400 organ transplants a year (figure from an aggregator news page).",
        it: "Circa 400 trapianti d'organo all'anno (dato da una pagina di notizie aggregate).",
        sources: [7],
      },
      {
        en: "One of the 8 Lombard centres authorised to give CAR-T cell therapy (list of November 2023).",
        it: "Uno degli 8 centri lombardi autorizzati alla terapia con cellule CAR-T (elenco di novembre 2023).",
        sources: [8],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://clevelandohioweatherforecast.com/php-proxy/index.php?q=https%3A%2F%2Fit.wikipedia.org%2Fwiki%2FOspedale_di_Niguarda%23cite_ref-1",
        title: "it.wikipedia “Ospedale di Niguarda” (proxy copy)",
        kind: "mirror",
      },
      {
        n: 2,
        url: "https://brbcostruzioniedili.com/en/business/milano-niguarda-hospital/",
        title: "Business listing: Milano Niguarda Hospital",
        kind: "aggregator",
      },
      {
        n: 3,
        url: "https://www.ilgiorno.it/milano/cronaca/ospedale-niguarda-85-anni-cavw05x3",
        title: "Il Giorno: Niguarda hospital turns 85",
        kind: "press",
      },
      {
        n: 4,
        url: "http://www.varesenews.it/2018/02/cuore-artificiale-impiantato-successo-niguarda/695024/",
        title: "VareseNews: artificial heart successfully implanted at Niguarda",
        date: "2018-02",
        kind: "press",
      },
      {
        n: 5,
        url: "https://milano.fanpage.it/impantato-al-niguarda-il-primo-cuore-artificiale-che-pesa-100-grammi/",
        title: "Fanpage Milano: the first 100 g artificial heart implanted at Niguarda",
        date: "2018-03",
        kind: "press",
      },
      {
        n: 6,
        url: "https://vigevano.net/index.php/news/video-news?id_vid=0dgKojz7Y3c",
        title: "Vigevano.net video news",
        date: "2025-11",
        kind: "press",
      },
      {
        n: 7,
        url: "https://notizie.it/cronaca/page/110",
        title: "Notizie.it news listing",
        kind: "aggregator",
      },
      {
        n: 8,
        url: "https://www.insalutenews.it/in-salute/lotta-ai-tumori-car-t-destinazione-futuro/",
        title: CAR_T_LIST_TITLE,
        date: "2023-11-09",
        kind: "press",
      },
    ],
    opportunities: [
      {
        key: "niguarda-vad-observership",
        type: "OBSERVERSHIP",
        titleEn: "Ventricular assist device (VAD) programme observership",
        titleIt: "Observership nel programma di assistenza ventricolare (VAD)",
        descriptionEn:
          "Observe the work-up, implantation and follow-up of patients with ventricular assist devices in a programme that has used VADs since 1988. The stay covers candidate selection, perioperative management and remote monitoring of device parameters. Suited to cardiac surgeons, cardiologists and engineers working on mechanical circulatory support.",
        descriptionIt:
          "Osservazione della valutazione, dell'impianto e del follow-up dei pazienti con dispositivi di assistenza ventricolare, in un programma che usa i VAD dal 1988. Il soggiorno comprende selezione dei candidati, gestione perioperatoria e monitoraggio a distanza dei parametri del dispositivo. Adatto a cardiochirurghi, cardiologi e ingegneri che si occupano di assistenza meccanica al circolo.",
        topics: ["heart-assist-devices", "heart-failure", "cardiovascular-diseases"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "SURGEON", "BIOMEDICAL_ENGINEER"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 10,
        maxDays: 30,
        windows: [w("02-01", "06-30"), w("09-13", "12-10")],
        deadline: "05-14",
        questions: [
          {
            en: "Describe your experience with mechanical circulatory support, if any.",
            it: "Descriva la sua eventuale esperienza con l'assistenza meccanica al circolo.",
          },
        ],
      },
      {
        key: "niguarda-heart-transplant-observership",
        type: "OBSERVERSHIP",
        titleEn: "Heart transplantation observership",
        titleIt: "Observership in trapianto di cuore",
        descriptionEn:
          "Follow the heart transplant team of a centre that performed its first heart transplant in 1985. Visitors observe recipient evaluation, transplant surgery where scheduling allows, and post-transplant follow-up clinics. Intended for cardiac surgeons and heart-failure cardiologists.",
        descriptionIt:
          "Affiancamento dell'équipe di trapianto cardiaco di un centro che ha eseguito il primo trapianto di cuore nel 1985. Si osservano la valutazione dei riceventi, gli interventi quando il calendario lo consente e gli ambulatori di follow-up post-trapianto. Rivolto a cardiochirurghi e cardiologi dello scompenso.",
        topics: ["heart-transplantation", "organ-transplantation", "heart-failure"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "SURGEON"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 1,
        minDays: 14,
        maxDays: 30,
        windows: [w("03-01", "07-16")],
        questions: [
          {
            en: "How many heart transplant or advanced heart-failure patients does your unit follow each year?",
            it: "Quanti pazienti con trapianto di cuore o scompenso avanzato segue ogni anno la sua unità?",
          },
        ],
      },
      {
        key: "niguarda-transplant-vad-nursing-visit",
        type: "CLINICAL_VISIT",
        titleEn: "Transplant and VAD nursing clinical visit",
        titleIt: "Visita clinica per infermieri: trapianti e VAD",
        descriptionEn:
          "A clinical visit for nurses caring for transplant recipients and patients with ventricular assist devices. Visitors join the nursing team on the ward and in outpatient follow-up, including device and driveline care and patient education. Patient contact means working Italian is required.",
        descriptionIt:
          "Visita clinica per infermieri che assistono pazienti trapiantati e portatori di dispositivi di assistenza ventricolare. Si affianca il personale infermieristico in reparto e negli ambulatori di follow-up, compresi la gestione del dispositivo e della driveline e l'educazione del paziente. Il contatto con i pazienti richiede una conoscenza operativa dell'italiano.",
        topics: ["organ-transplantation", "heart-assist-devices", "nursing"],
        languages: [it("B1"), en("B1")],
        professions: ["NURSE"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 14,
        maxDays: 42,
        windows: [w("04-12", "07-09"), w("10-04", "12-17")],
      },
      {
        key: "niguarda-emergency-care-clinical-visit",
        type: "CLINICAL_VISIT",
        titleEn: "Emergency and high-complexity care clinical visit",
        titleIt: "Visita clinica in emergenza-urgenza e alta complessità",
        descriptionEn:
          "A longer clinical visit in the emergency and high-complexity care pathways of a large Milan public hospital. Visitors take part in ward rounds, handovers and case discussions under supervision. Italian is required because the visit involves direct patient contact.",
        descriptionIt:
          "Visita clinica di media durata nei percorsi di emergenza-urgenza e di alta complessità di un grande ospedale pubblico milanese. Si partecipa, con supervisione, a giri visita, passaggi di consegne e discussioni di casi. È richiesto l'italiano perché la visita prevede contatto diretto con i pazienti.",
        topics: ["emergency-care"],
        languages: [it("B2")],
        professions: ["PHYSICIAN"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 2,
        minDays: 30,
        maxDays: 60,
        windows: [w("03-01", "06-30"), w("09-06", "12-17")],
        deadline: "01-31",
        questions: [
          {
            en: "Which emergency or critical-care settings have you worked in?",
            it: "In quali contesti di emergenza o terapia intensiva ha lavorato?",
          },
        ],
      },
    ],
  },

  {
    slug: "cnao",
    name: "Fondazione CNAO – Centro Nazionale di Adroterapia Oncologica",
    nameIt: "Fondazione CNAO – Centro Nazionale di Adroterapia Oncologica",
    kind: "RESEARCH_INSTITUTE",
    city: "Pavia",
    address: "Strada Campeggi 53, 27100 Pavia",
    website: "https://fondazionecnao.it",
    irccs: null,
    descriptionEn:
      "Fondazione CNAO is a non-profit foundation in Pavia, a hospital and scientific research centre that treats radio-resistant or inoperable solid tumours with hadrontherapy. It uses both protons and carbon ions, the only centre in Italy to do so and one of six in the world, with an 80 m synchrotron; hadrontherapy has been covered by the Italian national health service since 2014. A new proton-therapy area with a rotating gantry and BNCT has been announced, and an expansion due in 2027 aims to produce neutron, proton, helium-ion and carbon-ion beams.",
    descriptionIt:
      "La Fondazione CNAO è una fondazione senza scopo di lucro di Pavia, centro ospedaliero e di ricerca scientifica che tratta con l'adroterapia tumori solidi radioresistenti o non operabili. Usa sia protoni sia ioni carbonio, unico centro in Italia e uno dei sei al mondo, con un sincrotrone di 80 m; l'adroterapia è nei LEA del Servizio sanitario nazionale dal 2014. Sono state annunciate una nuova area di protonterapia con gantry rotante e la BNCT, e un ampliamento previsto per il 2027 punta a produrre fasci di neutroni, protoni, ioni elio e ioni carbonio.",
    languages: [],
    topics: [
      "heavy-ion-radiotherapy",
      "carbon-ion-radiotherapy",
      "proton-therapy",
      "radiotherapy",
      "bnct",
      "neoplasms",
    ],
    facts: [
      {
        en: "A non-profit foundation; a hospital and scientific research centre that gives hospital and outpatient care but has no inpatient admissions.",
        it: "Fondazione senza scopo di lucro; centro ospedaliero e di ricerca scientifica che eroga prestazioni ospedaliere e ambulatoriali ma senza ricoveri.",
        sources: [1],
      },
      {
        en: "Address: Strada Campeggi 53, 27100 Pavia, next to Policlinico San Matteo.",
        it: "Indirizzo: Strada Campeggi 53, 27100 Pavia, accanto al Policlinico San Matteo.",
        sources: [1, 3, 4],
      },
      {
        en: "The foundation was established in 2001.",
        it: "La fondazione è stata costituita nel 2001.",
        sources: [1],
      },
      {
        en: "Inaugurated on 15 February 2010.",
        it: "Inaugurato il 15 febbraio 2010.",
        sources: [1, 5],
      },
      {
        en: "Treatments of volunteer patients began in October 2011.",
        it: "I trattamenti dei primi pazienti volontari sono iniziati nell'ottobre 2011.",
        sources: [1],
      },
      {
        en: "The first patient completed proton therapy in November 2011.",
        it: "Il primo paziente ha completato la protonterapia nel novembre 2011.",
        sources: [6],
      },
      {
        en: "Hadrontherapy with protons and carbon ions: the only centre in Italy using both, and one of 6 in the world.",
        it: "Adroterapia con protoni e ioni carbonio: unico centro in Italia a usarli entrambi e uno dei 6 al mondo.",
        sources: [2],
      },
      {
        en: "Its synchrotron is an 80 m ring, 25 m in diameter.",
        it: "Il sincrotrone è un anello di 80 m, con un diametro di 25 m.",
        sources: [2],
      },
      {
        en: "Indications: radio-resistant or inoperable solid tumours.",
        it: "Indicazioni: tumori solidi radioresistenti o non operabili.",
        sources: [1, 2],
      },
      {
        en: "Hadrontherapy has been covered by the Italian national health service (LEA) since 1 January 2014.",
        it: "L'adroterapia è inclusa nei Livelli essenziali di assistenza (LEA) del Servizio sanitario nazionale dal 1° gennaio 2014.",
        sources: [2],
      },
      {
        en: "A new proton-therapy area with a rotating gantry, plus BNCT (Boron Neutron Capture Therapy), was announced at CNAO's 20th-anniversary event.",
        it: "Una nuova area di protonterapia con gantry rotante e la BNCT (Boron Neutron Capture Therapy) sono state annunciate all'evento per i 20 anni del CNAO.",
        sources: [4],
      },
      {
        en: "An expansion due in 2027 aims to produce neutron, proton, helium-ion and carbon-ion beams; about 6,000 patients had been treated by 2025.",
        it: "Un ampliamento previsto per il 2027 punta a produrre fasci di neutroni, protoni, ioni elio e ioni carbonio; nel 2025 i pazienti trattati erano circa 6.000.",
        sources: [7],
      },
      {
        en: "Founding members: Policlinico di Milano, Policlinico San Matteo (Pavia), Istituto Nazionale dei Tumori, Istituto Neurologico Besta, IEO and Fondazione TERA.",
        it: "Soci fondatori: Policlinico di Milano, Policlinico San Matteo (Pavia), Istituto Nazionale dei Tumori, Istituto Neurologico Besta, IEO e Fondazione TERA.",
        sources: [1],
      },
      {
        en: "Collaboration partners include INFN, Politecnico di Milano, the University of Milan and the University of Pavia in Italy, and CERN, GSI, LPSC, NIRS and HIT abroad; CNAO ran the EU PARTNER training network from 2008.",
        it: "Tra i partner figurano INFN, Politecnico di Milano, Università degli Studi di Milano e Università di Pavia in Italia, e CERN, GSI, LPSC, NIRS e HIT all'estero; dal 2008 il CNAO ha gestito la rete di formazione europea PARTNER.",
        sources: [8],
      },
      {
        en: "A member of Pavia's cross-institution neuroscience department (Dipartimento Funzionale Interaziendale Sperimentale Neuroscienze).",
        it: "Fa parte del Dipartimento Funzionale Interaziendale Sperimentale Neuroscienze di Pavia.",
        sources: [9],
      },
      {
        en: "The foundation's website has an English-language section.",
        it: "Il sito della fondazione ha una sezione in lingua inglese.",
        sources: [2],
      },
    ],
    sources: [
      { n: 1, url: "https://it.m.wikipedia.org/wiki/CNAO", title: "it.wikipedia: CNAO", kind: "wikipedia" },
      { n: 2, url: "https://fondazionecnao.it/en", title: "Fondazione CNAO (English site)", kind: "official" },
      {
        n: 3,
        url: "https://cricutcom-setup.com/2624-8174/4/1/17/html",
        title: "MDPI Physics 4(1):229–257, doi:10.3390/physics4010017 (stored mirror)",
        date: "2022",
        kind: "mirror",
      },
      {
        n: 4,
        url: "https://sanita-digitale.com/cura/cnao-presenta-la-nuova-protonterapia",
        title: "Sanità Digitale: CNAO presents its new proton therapy",
        kind: "press",
      },
      {
        n: 5,
        url: "https://www.varesenews.it/2010/02/ecco-il-nuovo-centro-oncologico/156155",
        title: "VareseNews: here is the new oncology centre",
        date: "2010-02",
        kind: "press",
      },
      {
        n: 6,
        url: "https://www.corriere.it/notizie-ultima-ora/Scienza_e_salute/Tumori-primo-malato-curato-protoni/22-11-2011/1-A_000414698.shtml",
        title: "Corriere della Sera: first patient treated with protons",
        date: "2011-11-22",
        kind: "press",
      },
      {
        n: 7,
        url: "https://video.sky.it/news/politica/video/mattarella-al-cnao-luogo-di-speranza-e-di-successo-1040834",
        title: "Sky TG24 video: Mattarella at CNAO",
        date: "2025-10",
        kind: "press",
      },
      {
        n: 8,
        url: "https://fondazionecnao.it/en/partnerships",
        title: "Fondazione CNAO: partnerships",
        kind: "official",
      },
      {
        n: 9,
        url: "https://sanmatteo.org/site/home/il-san-matteo/mappa-e-viabilita-interna/mappa-generale-del-policlinico/articolo5397.html",
        title: "Policlinico San Matteo: Dipartimento Interaziendale di Neuroscienze",
        kind: "official",
      },
    ],
    opportunities: [
      {
        key: "cnao-carbon-ion-observership",
        type: "OBSERVERSHIP",
        titleEn: "Carbon-ion radiotherapy observership",
        titleIt: "Observership in radioterapia con ioni carbonio",
        descriptionEn:
          "Observe how carbon-ion and proton treatments are indicated, planned and delivered for radio-resistant or inoperable solid tumours at the only Italian centre using both particles. Visitors attend multidisciplinary case discussions, treatment-planning sessions and beam delivery. Open to radiation oncologists, medical physicists and engineers; the working language of this example programme is English.",
        descriptionIt:
          "Osservazione di indicazione, pianificazione ed erogazione dei trattamenti con ioni carbonio e protoni per tumori solidi radioresistenti o non operabili, nell'unico centro italiano che usa entrambe le particelle. Si partecipa a discussioni multidisciplinari dei casi, sedute di pianificazione ed erogazione del fascio. Aperto a radioterapisti oncologi, fisici medici e ingegneri; la lingua di lavoro di questo programma di esempio è l'inglese.",
        topics: ["carbon-ion-radiotherapy", "proton-therapy", "heavy-ion-radiotherapy", "radiotherapy"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "RESEARCHER", "BIOMEDICAL_ENGINEER", "MEDICAL_PHYSICIST"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 10,
        maxDays: 30,
        windows: [w("01-11", "05-28"), w("09-06", "12-03")],
        deadline: "04-30",
        questions: [
          {
            en: "Which tumour sites do you mainly treat, and which would you like to follow at CNAO?",
            it: "Quali sedi tumorali tratta principalmente e quali vorrebbe seguire al CNAO?",
          },
          {
            en: "Do you have experience with treatment-planning systems for particle therapy?",
            it: "Ha esperienza con sistemi di pianificazione per la terapia con particelle?",
          },
        ],
      },
      {
        key: "cnao-proton-therapy-clinical-visit",
        type: "CLINICAL_VISIT",
        titleEn: "Proton therapy clinical visit",
        titleIt: "Visita clinica in protonterapia",
        descriptionEn:
          "A clinical visit following patients through first consultation, immobilisation, imaging, planning and daily proton-therapy delivery. Visitors join the radiation oncology team's clinics and planning meetings and review the follow-up of treated patients. In this example, communication with patients is handled by CNAO staff, so English is enough.",
        descriptionIt:
          "Visita clinica che segue i pazienti dalla prima visita all'immobilizzazione, all'imaging, alla pianificazione e all'erogazione quotidiana della protonterapia. Si partecipa agli ambulatori e alle riunioni di pianificazione dell'équipe di radioterapia e si esamina il follow-up dei pazienti trattati. In questo esempio la comunicazione con i pazienti è curata dal personale del CNAO, quindi basta l'inglese.",
        topics: ["proton-therapy", "radiotherapy", "neoplasms"],
        languages: [en("B2")],
        professions: ["PHYSICIAN"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 2,
        minDays: 14,
        maxDays: 45,
        windows: [w("01-18", "05-28"), w("10-04", "12-17")],
        questions: [
          {
            en: "Briefly describe your current radiotherapy practice and the techniques you use.",
            it: "Descriva brevemente la sua attuale pratica radioterapica e le tecniche che utilizza.",
          },
        ],
      },
      {
        key: "cnao-bnct-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Boron neutron capture therapy (BNCT) joint research",
        titleIt: "Ricerca congiunta sulla terapia per cattura neutronica del boro (BNCT)",
        descriptionEn:
          "BNCT (Boron Neutron Capture Therapy) was announced with a new proton-therapy area at CNAO's 20th-anniversary event, and an expansion due in 2027 aims to produce neutron, proton, helium-ion and carbon-ion beams. This example joint-research stay is for physicists, engineers and clinicians who want to contribute to preclinical and dosimetric work around the new facility. Projects are agreed with the host group before arrival.",
        descriptionIt:
          "La BNCT (Boron Neutron Capture Therapy) è stata annunciata, insieme a una nuova area di protonterapia, all'evento per i 20 anni del CNAO, e un ampliamento previsto per il 2027 punta a produrre fasci di neutroni, protoni, ioni elio e ioni carbonio. Questo soggiorno di ricerca congiunta di esempio è rivolto a fisici, ingegneri e clinici che vogliono contribuire al lavoro preclinico e dosimetrico legato alla nuova struttura. I progetti si concordano con il gruppo ospitante prima dell'arrivo.",
        topics: ["bnct", "heavy-ion-radiotherapy", "translational-research"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "BIOMEDICAL_ENGINEER", "PHYSICIAN", "DOCTORAL_STUDENT", "MEDICAL_PHYSICIST"],
        careerStages: ["DOCTORAL_CANDIDATE", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 60,
        maxDays: 180,
        windows: [w("03-01", "12-17")],
        deadline: "06-30",
        questions: [
          {
            en: "Outline the research question you would bring to a BNCT or particle-therapy project.",
            it: "Descriva la domanda di ricerca che porterebbe in un progetto di BNCT o di terapia con particelle.",
          },
        ],
      },
      {
        key: "cnao-particle-therapy-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Particle-therapy physics and engineering doctoral exchange",
        titleIt: "Scambio dottorale in fisica e ingegneria della terapia con particelle",
        descriptionEn:
          "A doctoral exchange for PhD candidates in medical physics or biomedical engineering working on proton or carbon-ion therapy. Candidates spend a term with CNAO's physics and engineering teams on a project linked to their thesis. CNAO lists the Universities of Pavia and Milan and Politecnico di Milano among its partners.",
        descriptionIt:
          "Scambio per dottorandi in fisica medica o ingegneria biomedica che lavorano su protonterapia o terapia con ioni carbonio. Il dottorando trascorre un periodo con i gruppi di fisica e ingegneria del CNAO su un progetto legato alla tesi. Il CNAO indica tra i suoi partner le Università di Pavia e di Milano e il Politecnico di Milano.",
        topics: ["heavy-ion-radiotherapy", "proton-therapy", "carbon-ion-radiotherapy"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT", "BIOMEDICAL_ENGINEER", "RESEARCHER"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 4,
        minDays: 90,
        maxDays: 120,
        cohorts: [cohort("spring", "Spring", "02-01", "05-28", 4), cohort("autumn", "Autumn", "09-06", "12-17", 4)],
        deadline: "01-15",
        questions: [
          {
            en: "What is the topic of your doctoral thesis, and how would a stay at CNAO contribute to it?",
            it: "Qual è l'argomento della sua tesi di dottorato e in che modo un soggiorno al CNAO vi contribuirebbe?",
          },
          {
            en: "Name your doctoral supervisor and home institution.",
            it: "Indichi il suo supervisore di dottorato e l'istituzione di appartenenza.",
          },
        ],
      },
    ],
  },

  {
    slug: "istituto-nazionale-tumori",
    name: "Fondazione IRCCS Istituto Nazionale dei Tumori (INT)",
    nameIt: "Fondazione IRCCS Istituto Nazionale dei Tumori (INT)",
    kind: "IRCCS_HOSPITAL",
    city: "Milan",
    address: "Via Giacomo Venezian 1, 20133 Milano",
    website: "https://www.istitutotumori.mi.it",
    irccs: true,
    descriptionEn:
      "Fondazione IRCCS Istituto Nazionale dei Tumori is a public hospital in Milan dedicated to cancer, an IRCCS and a Comprehensive Cancer Center under the OECI definition. It coordinates the Italian Rare Cancer Network, is the only Italian cancer centre authorised for liver transplantation and is described as the largest paediatric oncology centre in Italy. In March 2019 it gave Italy's first infusion of commercial-type CAR-T cells. As a Clinical Training Centre of the ESO fellowship programme it works in Italian and English.",
    descriptionIt:
      "La Fondazione IRCCS Istituto Nazionale dei Tumori è un ospedale pubblico di Milano dedicato ai tumori, IRCCS e Comprehensive Cancer Center secondo la definizione OECI. Coordina la Rete Tumori Rari italiana, è l'unico centro oncologico italiano autorizzato al trapianto di fegato ed è descritto come il maggiore centro di oncologia pediatrica in Italia. Nel marzo 2019 ha eseguito la prima infusione in Italia di cellule CAR-T di tipo commerciale. Come Clinical Training Centre del programma di fellowship ESO lavora in italiano e in inglese.",
    languages: ["it", "en"],
    topics: [
      "neoplasms",
      "rare-cancers",
      "pediatric-oncology",
      "sarcoma",
      "head-and-neck-neoplasms",
      "neuroendocrine-tumors",
      "mesothelioma",
      "thymoma",
      "urogenital-neoplasms",
      "hematologic-neoplasms",
      "liver-transplantation",
      "car-t-cell-therapy",
    ],
    facts: [
      {
        en: "A public hospital dedicated to cancer.",
        it: "Ospedale pubblico dedicato ai tumori.",
        sources: [2],
      },
      {
        en: "Recognised as an IRCCS in 1939, confirmed in 1981.",
        it: "Riconosciuto IRCCS nel 1939, riconoscimento confermato nel 1981.",
        sources: [3],
      },
      {
        en: "A Comprehensive Cancer Center under the OECI definition.",
        it: "Comprehensive Cancer Center secondo la definizione OECI.",
        sources: [1, 2],
      },
      {
        en: "Founded as the Istituto Vittorio Emanuele III per lo studio e la cura del cancro; it became a Foundation in 2006.",
        it: "Fondato come Istituto Vittorio Emanuele III per lo studio e la cura del cancro; è diventato Fondazione nel 2006.",
        sources: [3],
      },
      {
        en: "Sources disagree on the founding year: 1925 (ANSA, 2011) or 1928 (FIASO; TTO4IRCCS).",
        it: "Le fonti non concordano sull'anno di fondazione: 1925 (ANSA, 2011) oppure 1928 (FIASO; TTO4IRCCS).",
        sources: [1, 2, 3],
      },
      {
        en: "Address: Via Giacomo Venezian 1, 20133 Milan.",
        it: "Indirizzo: Via Giacomo Venezian 1, 20133 Milano.",
        sources: [1, 3],
      },
      {
        en: "The largest paediatric oncology centre in Italy and the second in Europe.",
        it: "Il maggiore centro di oncologia pediatrica in Italia e il secondo in Europa.",
        sources: [2],
      },
      {
        en: "The only Italian cancer centre authorised for liver transplantation; the “Milan Criteria” were defined there.",
        it: "L'unico centro oncologico italiano autorizzato al trapianto di fegato; vi sono stati definiti i “Criteri di Milano”.",
        sources: [2],
      },
      {
        en: "ENETS reference centre for neuroendocrine tumours.",
        it: "Centro di riferimento ENETS per i tumori neuroendocrini.",
        sources: [2],
      },
      {
        en: "Coordinated the EU Joint Action on Rare Cancers, 2016–2020.",
        it: "Ha coordinato la Joint Action europea sui tumori rari, 2016–2020.",
        sources: [2],
      },
      {
        en: "Coordinates the Italian Rare Cancer Network and is EURACAN domain leader for sarcomas and head and neck cancers.",
        it: "Coordina la Rete Tumori Rari italiana ed è domain leader EURACAN per i sarcomi e i tumori della testa e del collo.",
        sources: [5],
      },
      {
        en: "Rare-cancer expertise: childhood cancers; sarcomas; head and neck cancers; mesothelioma and thymoma; neuroendocrine tumours; male genital tumours; rare female genital and rare digestive cancers; haematological cancers.",
        it: "Competenze sui tumori rari: tumori pediatrici; sarcomi; tumori della testa e del collo; mesotelioma e timoma; tumori neuroendocrini; tumori genitali maschili; tumori genitali femminili rari e tumori digestivi rari; tumori ematologici.",
        sources: [5],
      },
      {
        en: "Hosts the coordinating office of the Lombardy Oncology Network (Rete Oncologica Lombarda), according to an aggregator source.",
        it: "Ospita la segreteria di coordinamento della Rete Oncologica Lombarda, secondo una fonte aggregatrice.",
        sources: [6],
      },
      {
        en: "Gave the first infusion of commercial-type CAR-T cells in Italy, on 18 March 2019, under compassionate access.",
        it: "Ha eseguito la prima infusione in Italia di cellule CAR-T di tipo commerciale, il 18 marzo 2019, in regime di uso compassionevole.",
        sources: [7],
      },
      {
        en: "An authorised CAR-T centre (list of November 2023).",
        it: "Centro autorizzato alla terapia CAR-T (elenco di novembre 2023).",
        sources: [8],
      },
      {
        en: "Initially described as the “only authorised structure” for CAR-T in Italy (aggregator copy of an Adnkronos report).",
        it: "Inizialmente descritto come l'“unica struttura autorizzata” alla terapia CAR-T in Italia (copia aggregata di un lancio Adnkronos).",
        sources: [9],
      },
      {
        en: "A Clinical Training Centre of the European School of Oncology (ESO) fellowship programme for doctors.",
        it: "Clinical Training Centre del programma di fellowship per medici della European School of Oncology (ESO).",
        sources: [5],
      },
      {
        en: "Languages: the local language is Italian and the second language English; visitors who speak no Italian need intermediate English.",
        it: "Lingue: la lingua locale è l'italiano e la seconda lingua l'inglese; chi non parla italiano deve avere un inglese di livello intermedio.",
        sources: [5],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://www.fiaso.it/aziende-associate/?a=sa&id_azienda=1424",
        title: "FIASO: member organisations, Istituto Nazionale dei Tumori",
        kind: "society",
      },
      {
        n: 2,
        url: "https://www.tto4irccs.it/en/who-we-are/istituto-nazionale-tumori/",
        title: "TTO4IRCCS: Istituto Nazionale Tumori",
        kind: "society",
      },
      {
        n: 3,
        url: "http://www.ansa.it:80/canale_saluteebenessere/notizie/centri_di_eccellenza/oncologia/2011/07/15/fondazione-irccs-istituto-nazionale-tumori-milano_151e6d27-9a04-11e6-9836-00505695d1bc.html",
        title: "ANSA: Fondazione IRCCS Istituto Nazionale Tumori, Milan (centres of excellence)",
        date: "2011-07-15",
        kind: "press",
      },
      {
        n: 5,
        url: "https://www.eso.net/en/what-we-do/clinical-training-centres/fellowship-programme-doctors/istituto-nazionale-dei-tumori/1-5192-1-",
        title: "European School of Oncology: Clinical Training Centre, Istituto Nazionale dei Tumori",
        kind: "society",
      },
      {
        n: 6,
        url: "https://www.zazoom.it/news-notizia/ultimi-blog/?2,72335231304169E/",
        title: "Zazoom news aggregator",
        kind: "aggregator",
      },
      {
        n: 7,
        url: "https://www.corriere.it/salute/sportello_cancro/cards/car-t-certezze-speranze-illusioni/vicenda_principale.shtml",
        title: "Corriere della Sera: CAR-T, certainties, hopes, illusions",
        kind: "press",
      },
      {
        n: 8,
        url: "https://www.insalutenews.it/in-salute/lotta-ai-tumori-car-t-destinazione-futuro/",
        title: CAR_T_LIST_TITLE,
        date: "2023-11-09",
        kind: "press",
      },
      {
        n: 9,
        url: "https://tristemondo.it/crac-popolare-di-vicenza-dalla-cassazione-nuovo-sconto-di-pena-per-zonin-e-gli-altri-imputati",
        title: "Tristemondo: aggregator page carrying an Adnkronos report",
        kind: "aggregator",
      },
    ],
    opportunities: [
      {
        key: "int-paediatric-oncology-observership",
        type: "OBSERVERSHIP",
        titleEn: "Paediatric oncology observership",
        titleIt: "Observership in oncologia pediatrica",
        descriptionEn:
          "Observe the paediatric oncology team of the institute described as the largest paediatric oncology centre in Italy. Visitors attend ward rounds, outpatient clinics and multidisciplinary tumour boards for childhood cancers. Intermediate English is enough for visitors who speak no Italian.",
        descriptionIt:
          "Osservazione dell'équipe di oncologia pediatrica dell'istituto descritto come il maggiore centro di oncologia pediatrica in Italia. Si partecipa a giri visita, ambulatori e tumor board multidisciplinari sui tumori dell'infanzia. Per chi non parla italiano è sufficiente un inglese intermedio.",
        topics: ["pediatric-oncology", "rare-cancers"],
        languages: [en("B2")],
        professions: ["PHYSICIAN"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 2,
        minDays: 14,
        maxDays: 30,
        windows: [w("02-15", "06-25"), w("09-20", "11-26")],
        questions: [
          {
            en: "Which paediatric tumour types are most common in your current practice?",
            it: "Quali tipi di tumore pediatrico sono più frequenti nella sua pratica attuale?",
          },
        ],
      },
      {
        key: "int-sarcoma-observership",
        type: "OBSERVERSHIP",
        titleEn: "Sarcoma multidisciplinary observership",
        titleIt: "Observership multidisciplinare sui sarcomi",
        descriptionEn:
          "Follow the multidisciplinary sarcoma pathway at the institute that coordinates the Italian Rare Cancer Network and leads the EURACAN sarcoma domain. Visitors attend tumour boards, surgical sessions and medical oncology clinics. Suited to oncologists, surgeons and radiation oncologists with an interest in rare cancers.",
        descriptionIt:
          "Affiancamento del percorso multidisciplinare sui sarcomi nell'istituto che coordina la Rete Tumori Rari italiana ed è domain leader EURACAN per i sarcomi. Si partecipa a tumor board, sedute chirurgiche e ambulatori di oncologia medica. Adatto a oncologi, chirurghi e radioterapisti interessati ai tumori rari.",
        topics: ["sarcoma", "rare-cancers", "neoplasms"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "SURGEON"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 10,
        maxDays: 30,
        windows: [w("01-18", "04-30"), w("05-10", "07-23")],
        deadline: "03-31",
      },
      {
        key: "int-car-t-observership",
        type: "OBSERVERSHIP",
        titleEn: "CAR-T cell therapy observership",
        titleIt: "Observership sulla terapia con cellule CAR-T",
        descriptionEn:
          "Observe the CAR-T pathway at an authorised centre that gave Italy's first infusion of commercial-type CAR-T cells in 2019. The stay covers patient selection, apheresis and infusion logistics, and the management of early toxicities. Open to haematologists, oncologists and specialist nurses.",
        descriptionIt:
          "Osservazione del percorso CAR-T in un centro autorizzato che nel 2019 ha eseguito la prima infusione in Italia di cellule CAR-T di tipo commerciale. Il soggiorno comprende selezione dei pazienti, aferesi e logistica dell'infusione, e gestione delle tossicità precoci. Aperto a ematologi, oncologi e infermieri specializzati.",
        topics: ["car-t-cell-therapy", "adoptive-immunotherapy", "hematologic-neoplasms"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "NURSE"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 1,
        minDays: 7,
        maxDays: 21,
        windows: [w("03-01", "06-30")],
      },
      {
        key: "int-head-neck-clinical-visit",
        type: "CLINICAL_VISIT",
        titleEn: "Head and neck cancer clinical visit",
        titleIt: "Visita clinica sui tumori della testa e del collo",
        descriptionEn:
          "A clinical visit in the head and neck cancer pathway of the EURACAN domain leader for these tumours. Visitors take part in outpatient clinics, tumour boards and ward work under supervision. Direct patient contact requires good Italian.",
        descriptionIt:
          "Visita clinica nel percorso per i tumori della testa e del collo del domain leader EURACAN per questi tumori. Si partecipa, con supervisione, ad ambulatori, tumor board e attività di reparto. Il contatto diretto con i pazienti richiede una buona conoscenza dell'italiano.",
        topics: ["head-and-neck-neoplasms", "rare-cancers"],
        languages: [it("B2")],
        professions: ["PHYSICIAN", "SURGEON"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 1,
        minDays: 30,
        maxDays: 90,
        windows: [w("04-05", "12-17")],
        deadline: "02-28",
      },
      {
        key: "int-neuroendocrine-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Neuroendocrine tumour joint research",
        titleIt: "Ricerca congiunta sui tumori neuroendocrini",
        descriptionEn:
          "A joint-research stay with the teams of an ENETS reference centre for neuroendocrine tumours. Visitors work on a clinical or translational project agreed in advance, such as registry analyses or biomarker studies. English is the working language.",
        descriptionIt:
          "Soggiorno di ricerca congiunta con i gruppi di un centro di riferimento ENETS per i tumori neuroendocrini. Si lavora su un progetto clinico o traslazionale concordato in anticipo, per esempio analisi di registro o studi sui biomarcatori. La lingua di lavoro è l'inglese.",
        topics: ["neuroendocrine-tumors", "rare-cancers", "translational-research"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "PHYSICIAN"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 60,
        maxDays: 180,
        windows: [w("02-01", "12-17")],
        questions: [
          {
            en: "Summarise the project you would like to develop and the data or samples it needs.",
            it: "Riassuma il progetto che vorrebbe sviluppare e i dati o campioni necessari.",
          },
        ],
      },
      {
        key: "int-paediatric-oncology-nursing-visit",
        type: "CLINICAL_VISIT",
        titleEn: "Paediatric oncology nursing clinical visit",
        titleIt: "Visita clinica per infermieri in oncologia pediatrica",
        descriptionEn:
          "A clinical visit for nurses in paediatric oncology wards and day hospital. Visitors follow central-line care, chemotherapy administration and family education alongside the nursing team. Italian is required for contact with children and families.",
        descriptionIt:
          "Visita clinica per infermieri nei reparti e nel day hospital di oncologia pediatrica. Si seguono, con il personale infermieristico, la gestione degli accessi venosi centrali, la somministrazione della chemioterapia e l'educazione delle famiglie. È richiesto l'italiano per il contatto con bambini e famiglie.",
        topics: ["pediatric-oncology", "nursing"],
        languages: [it("B1")],
        professions: ["NURSE"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 14,
        maxDays: 42,
        windows: [w("03-08", "06-25"), w("09-13", "12-03")],
      },
    ],
  },

  {
    slug: "humanitas",
    name: "Humanitas Research Hospital (IRCCS Istituto Clinico Humanitas)",
    nameIt: "IRCCS Istituto Clinico Humanitas",
    kind: "IRCCS_HOSPITAL",
    city: "Rozzano (Milan)",
    address: "Via Manzoni 56, Rozzano (MI)",
    website: "https://www.humanitas.it",
    irccs: true,
    descriptionEn:
      "Istituto Clinico Humanitas, known in English as Humanitas Research Hospital, is a private high-specialty polyclinic and IRCCS in Rozzano, near Milan, and the teaching site of Humanitas University. Opened in 1996, it is an international reference point for research on tumours and immune-related diseases. Its Radiotherapy and Radiosurgery department has 5 treatment rooms with linear accelerators, and its Cancer Center has a dedicated CAR-T unit, active since 2019.",
    descriptionIt:
      "L'Istituto Clinico Humanitas, noto in inglese come Humanitas Research Hospital, è un policlinico privato ad alta specializzazione e IRCCS a Rozzano, vicino a Milano, e sede didattica di Humanitas University. Aperto nel 1996, è un punto di riferimento internazionale per la ricerca sui tumori e sulle malattie immuno-correlate. Il dipartimento di Radioterapia e Radiochirurgia ha 5 sale di trattamento con acceleratori lineari e il Cancer Center ha un'unità dedicata alle CAR-T, attiva dal 2019.",
    languages: [],
    topics: [
      "neoplasms",
      "immunology",
      "radiotherapy",
      "radiosurgery",
      "car-t-cell-therapy",
      "adoptive-immunotherapy",
      "immunotherapy",
      "simulation-training",
    ],
    facts: [
      {
        en: "A private high-specialty polyclinic, a clinical and scientific research centre, and the teaching site of Humanitas University.",
        it: "Policlinico privato ad alta specializzazione, centro di ricerca clinica e scientifica e sede didattica di Humanitas University.",
        sources: [1],
      },
      {
        en: "An IRCCS recognised by the Ministry of Health.",
        it: "IRCCS riconosciuto dal Ministero della Salute.",
        sources: [1, 2],
      },
      {
        en: "A Ministry of Health commission visited on 29 October 2019 to confirm its IRCCS status.",
        it: "Una commissione del Ministero della Salute ha svolto una visita il 29 ottobre 2019 per la conferma del riconoscimento IRCCS.",
        sources: [3],
      },
      {
        en: "Address: Via Manzoni 56, Rozzano (MI).",
        it: "Indirizzo: Via Manzoni 56, Rozzano (MI).",
        sources: [1, 3],
      },
      { en: "Opened in 1996.", it: "Aperto nel 1996.", sources: [1, 5] },
      { en: "783 beds in 2022.", it: "783 posti letto nel 2022.", sources: [1] },
      {
        en: "Accredited by Joint Commission International since 14 December 2002.",
        it: "Accreditato Joint Commission International dal 14 dicembre 2002.",
        sources: [1],
      },
      {
        en: "Humanitas University has been based there since 2014.",
        it: "Humanitas University vi ha sede dal 2014.",
        sources: [5],
      },
      {
        en: "An international reference point for research on tumours and immune-related (“immunodegenerative”) diseases.",
        it: "Punto di riferimento internazionale per la ricerca sui tumori e sulle malattie immunodegenerative.",
        sources: [1],
      },
      {
        en: "The Radiotherapy and Radiosurgery department has 5 treatment rooms with EDGE and TrueBeam linear accelerators and treats more than 6,000 patients a year.",
        it: "Il dipartimento di Radioterapia e Radiochirurgia ha 5 sale di trattamento con acceleratori lineari EDGE e TrueBeam e tratta oltre 6.000 pazienti all'anno.",
        sources: [4],
      },
      {
        en: "A dedicated CAR-T unit operates in the Humanitas Cancer Center.",
        it: "Nel Humanitas Cancer Center opera un'unità dedicata alle CAR-T.",
        sources: [6, 7],
      },
      {
        en: "The CAR-T activity has run since 2019, with more than 100 patients treated (February 2024).",
        it: "L'attività CAR-T è attiva dal 2019, con oltre 100 pazienti trattati (febbraio 2024).",
        sources: [8],
      },
      {
        en: "An authorised CAR-T centre (list of November 2023).",
        it: "Centro autorizzato alla terapia CAR-T (elenco di novembre 2023).",
        sources: [9],
      },
      {
        en: "The Mario Luzzatto Simulation Center of Humanitas University is on the same campus.",
        it: "Il Mario Luzzatto Simulation Center di Humanitas University si trova nello stesso campus.",
        sources: [10],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://profilpelajar.com/it/Istituto_Clinico_Humanitas",
        title: "Istituto Clinico Humanitas (copy of it.wikipedia)",
        kind: "mirror",
      },
      {
        n: 2,
        url: "https://it.wikipedia.org/wiki/Universit%C3%A0_Humanitas",
        title: "it.wikipedia: Università Humanitas",
        kind: "wikipedia",
      },
      {
        n: 3,
        url: "https://pdfslide.net/documents/relazione-commissione-di-valutazione-comma-3-del-dlgs-.html",
        title: "Ministry of Health evaluation commission report (copy)",
        date: "2019",
        kind: "mirror",
      },
      {
        n: 4,
        url: "https://humanitas.net/units/radiotherapy-and-radiosurgery",
        title: "Humanitas: Radiotherapy and Radiosurgery unit",
        kind: "official",
      },
      {
        n: 5,
        url: "https://www.adnkronos.com/salute/sanita/2016/03/08/humanitas-compie-anni-rocca-laboratorio-dove-impara-facendo_TA7EwAUXlDI4RxTbaaoHeI.html",
        title: "Adnkronos: Humanitas anniversary",
        date: "2016-03-08",
        kind: "press",
      },
      {
        n: 6,
        url: "https://www.leggo.it/pay/roma_pay/linfomi_e_leucemie_car_t_unit_all_humanitas-5060037.html",
        title: "Leggo: lymphomas and leukaemias, CAR-T unit at Humanitas",
        date: "2020-02",
        kind: "press",
      },
      {
        n: 7,
        url: "https://www.yesmilano.it/en/invest-startup/life-sciences/oncology-research",
        title: "YesMilano: oncology research",
        kind: "official",
      },
      {
        n: 8,
        url: "https://donatorih24.it/2024/02/07/tumori-del-sangue-sempre-piu-curabili-grazie-alla-ricerca",
        title: "DonatoriH24: blood cancers increasingly curable thanks to research",
        date: "2024-02-07",
        kind: "press",
      },
      {
        n: 9,
        url: "https://www.insalutenews.it/in-salute/lotta-ai-tumori-car-t-destinazione-futuro/",
        title: CAR_T_LIST_TITLE,
        date: "2023-11-09",
        kind: "press",
      },
      {
        n: 10,
        url: "https://true-news.it/pharma/il-simulation-center-di-humanitas-tra-reale-e-virtuale-cosi-cresce-la-didattica",
        title: "True News: the Humanitas Simulation Center between real and virtual",
        kind: "press",
      },
    ],
    opportunities: [
      {
        key: "humanitas-car-t-unit-observership",
        type: "OBSERVERSHIP",
        titleEn: "CAR-T unit observership",
        titleIt: "Observership nell'unità CAR-T",
        descriptionEn:
          "Observe the dedicated CAR-T unit of the Humanitas Cancer Center, active since 2019. Visitors follow patient selection, cell collection, infusion and monitoring, and attend team meetings on toxicity management. Open to haematologists, oncologists and nurses.",
        descriptionIt:
          "Osservazione dell'unità CAR-T dedicata del Humanitas Cancer Center, attiva dal 2019. Si seguono selezione dei pazienti, raccolta cellulare, infusione e monitoraggio, e si partecipa alle riunioni d'équipe sulla gestione delle tossicità. Aperto a ematologi, oncologi e infermieri.",
        topics: ["car-t-cell-therapy", "adoptive-immunotherapy", "hematologic-neoplasms"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "NURSE"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 7,
        maxDays: 21,
        windows: [w("01-25", "05-14"), w("09-13", "11-19")],
        deadline: "01-10",
        questions: [
          {
            en: "Does your centre already give CAR-T or other cell therapies? If so, describe your role.",
            it: "Il suo centro somministra già CAR-T o altre terapie cellulari? In caso affermativo, descriva il suo ruolo.",
          },
        ],
      },
      {
        key: "humanitas-radiotherapy-radiosurgery-observership",
        type: "OBSERVERSHIP",
        titleEn: "Radiotherapy and radiosurgery observership",
        titleIt: "Observership in radioterapia e radiochirurgia",
        descriptionEn:
          "Observe a high-volume radiotherapy department with 5 treatment rooms and EDGE and TrueBeam linear accelerators. Visitors attend contouring and planning sessions, stereotactic radiosurgery treatments and multidisciplinary meetings. Suited to radiation oncologists and medical physicists.",
        descriptionIt:
          "Osservazione di un dipartimento di radioterapia ad alto volume con 5 sale di trattamento e acceleratori lineari EDGE e TrueBeam. Si partecipa a sedute di contornamento e pianificazione, trattamenti di radiochirurgia stereotassica e riunioni multidisciplinari. Adatto a radioterapisti oncologi e fisici medici.",
        topics: ["radiotherapy", "radiosurgery", "neoplasms"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "BIOMEDICAL_ENGINEER", "MEDICAL_PHYSICIST"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 2,
        minDays: 14,
        maxDays: 28,
        windows: [w("01-11", "04-30"), w("06-07", "07-23")],
        questions: [
          {
            en: "Which treatment sites and techniques would you like to focus on?",
            it: "Su quali sedi di trattamento e tecniche vorrebbe concentrarsi?",
          },
        ],
      },
      {
        key: "humanitas-immunology-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Tumour and immune-related disease joint research",
        titleIt: "Ricerca congiunta su tumori e malattie immuno-correlate",
        descriptionEn:
          "A joint-research stay at a hospital that is an international reference point for research on tumours and immune-related diseases. Visitors join a laboratory or clinical research group on a project agreed before arrival. English is the working language.",
        descriptionIt:
          "Soggiorno di ricerca congiunta in un ospedale che è punto di riferimento internazionale per la ricerca su tumori e malattie immuno-correlate. Si entra in un gruppo di ricerca di laboratorio o clinico su un progetto concordato prima dell'arrivo. La lingua di lavoro è l'inglese.",
        topics: ["immunology", "immunotherapy", "neoplasms", "translational-research"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "PHYSICIAN"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 3,
        minDays: 60,
        maxDays: 180,
        windows: [w("02-01", "12-17")],
      },
      {
        key: "humanitas-radiotherapy-nursing-visit",
        type: "CLINICAL_VISIT",
        titleEn: "Radiotherapy nursing and radiographer clinical visit",
        titleIt: "Visita clinica per infermieri e tecnici di radioterapia",
        descriptionEn:
          "A clinical visit for nurses and radiotherapy radiographers in a department treating more than 6,000 patients a year. Visitors follow patient positioning, daily treatment delivery and side-effect management. Italian is required because visitors work with patients.",
        descriptionIt:
          "Visita clinica per infermieri e tecnici sanitari di radiologia medica in un dipartimento che tratta oltre 6.000 pazienti all'anno. Si seguono posizionamento del paziente, erogazione quotidiana dei trattamenti e gestione degli effetti collaterali. È richiesto l'italiano perché si lavora a contatto con i pazienti.",
        topics: ["radiotherapy", "nursing"],
        languages: [it("B1")],
        professions: ["NURSE", "OTHER"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 14,
        maxDays: 42,
        windows: [w("02-15", "06-25"), w("09-20", "12-10")],
      },
    ],
  },

  {
    slug: "policlinico-milano",
    name: "Fondazione IRCCS Ca' Granda Ospedale Maggiore Policlinico",
    nameIt: "Fondazione IRCCS Ca' Granda Ospedale Maggiore Policlinico",
    kind: "IRCCS_HOSPITAL",
    city: "Milan",
    address: "Via Francesco Sforza 28, 20122 Milano",
    website: "https://www.policlinico.mi.it",
    irccs: true,
    descriptionEn:
      "Fondazione IRCCS Ca' Granda Ospedale Maggiore Policlinico, founded in 1456, is a public general hospital and IRCCS in Milan and a teaching pole of the University of Milan. It is the seat of the Nord Italia Transplant programme, a regional reference centre for more than 260 rare diseases and the Italian hospital with the most European Reference Network memberships. Its Mangiagalli Clinic cares for complex pregnancies and births, and its C.S.P. Training Center, opened in May 2025, focuses on maternal–child simulation.",
    descriptionIt:
      "La Fondazione IRCCS Ca' Granda Ospedale Maggiore Policlinico, fondata nel 1456, è un ospedale generale pubblico e IRCCS di Milano e polo didattico dell'Università degli Studi di Milano. È sede del programma Nord Italia Transplant, centro di riferimento regionale per oltre 260 malattie rare e l'ospedale italiano con più partecipazioni alle Reti di riferimento europee (ERN). La Clinica Mangiagalli segue gravidanze e parti complessi e il C.S.P. Training Center, aperto nel maggio 2025, è dedicato alla simulazione nell'area materno-infantile.",
    languages: [],
    topics: [
      "organ-transplantation",
      "regenerative-medicine",
      "rare-diseases",
      "obstetrics",
      "pregnancy-complications",
      "neonatology",
      "geriatrics",
      "emergency-care",
      "hemic-and-lymphatic-diseases",
      "cardiovascular-diseases",
      "nervous-system-diseases",
      "car-t-cell-therapy",
      "cell-therapy",
      "simulation-training",
    ],
    facts: [
      {
        en: "A general hospital and a public IRCCS (“IRCCS di natura pubblica”).",
        it: "Ospedale generale e IRCCS di natura pubblica.",
        sources: [2],
      },
      {
        en: "A teaching pole of the University of Milan; its president calls it the university's main training centre.",
        it: "Polo didattico dell'Università degli Studi di Milano; il suo presidente lo definisce il principale centro di formazione della Statale.",
        sources: [1, 3],
      },
      {
        en: "IRCCS recognised for urgent and emergency care in adults and children, and for the repair and replacement of cells, organs and tissues.",
        it: "IRCCS riconosciuto per “Urgenza ed emergenza nell'adulto e nel bambino” e per “Riparazione e sostituzione di cellule, organi e tessuti”.",
        sources: [4],
      },
      {
        en: "Address: Via Francesco Sforza 28, 20122 Milan.",
        it: "Indirizzo: Via Francesco Sforza 28, 20122 Milano.",
        sources: [1, 2, 4, 5],
      },
      {
        en: "Founded by Duke Francesco Sforza in 1456.",
        it: "Fondato dal duca Francesco Sforza nel 1456.",
        sources: [1],
      },
      {
        en: "Research and care in neurology, cardiology, transplants, haematology, gynaecology, neonatology, geriatrics and rare diseases.",
        it: "Ricerca e cura in neurologia, cardiologia, trapianti, ematologia, ginecologia, neonatologia, geriatria e malattie rare.",
        sources: [1],
      },
      {
        en: "Seat of the Nord Italia Transplant programme (NITp), with more than 32,000 organ transplants since 1972.",
        it: "Sede del programma Nord Italia Transplant (NITp), con oltre 32.000 trapianti d'organo dal 1972.",
        sources: [1],
      },
      {
        en: "Its Mangiagalli Clinic handles complex pregnancies and births.",
        it: "La Clinica Mangiagalli segue gravidanze e parti complessi.",
        sources: [1],
      },
      {
        en: "Regional reference centre for more than 260 rare diseases.",
        it: "Centro di riferimento regionale per oltre 260 malattie rare.",
        sources: [1],
      },
      {
        en: "The Italian hospital with the most European Reference Network (ERN) memberships.",
        it: "L'ospedale italiano con più partecipazioni alle Reti di riferimento europee (ERN).",
        sources: [5],
      },
      {
        en: "One of the 5 academic cell factories of the regional Plagencell project, which builds allogeneic CAR-T/CARCIK cell banks from cord blood.",
        it: "Una delle 5 cell factory accademiche del progetto regionale Plagencell, che crea banche di cellule CAR-T/CARCIK allogeniche da sangue cordonale.",
        sources: [7],
      },
      {
        en: "An authorised CAR-T centre (list of November 2023).",
        it: "Centro autorizzato alla terapia CAR-T (elenco di novembre 2023).",
        sources: [8],
      },
      {
        en: "Its simulation centre, the C.S.P. Training Center in Via Pace 9, was inaugurated in May 2025; it focuses on the maternal–child area, has a paediatric laparoscopic simulator and can turn real operations into metaverse/VR content.",
        it: "Il suo centro di simulazione, il C.S.P. Training Center di Via Pace 9, è stato inaugurato nel maggio 2025; è dedicato all'area materno-infantile, ha un simulatore di laparoscopia pediatrica e può trasformare interventi reali in contenuti per metaverso/realtà virtuale.",
        sources: [6, 9, 10],
      },
      {
        en: "Its 2019 institutional brochure has an English section.",
        it: "La brochure istituzionale del 2019 ha una sezione in inglese.",
        sources: [2],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://retecardiologica.it/en/istituto/irccs-fondazione-ca-granda-ospedale-maggiore-policlinico/",
        title: "Rete Cardiologica IRCCS: Fondazione Ca' Granda Ospedale Maggiore Policlinico (English)",
        kind: "society",
      },
      {
        n: 2,
        url: "https://docslib.org/doc/6774040/ricerca-e-cura-per-ogni-et%C3%A0-della-vita-policlinico-of-milan",
        title: "Policlinico of Milan institutional brochure (copy)",
        date: "2019",
        kind: "mirror",
      },
      {
        n: 3,
        url: "https://www.ilgiornaleditalia.it/video/mondo-imprese/703687/giachetti-policlinico-di-milano-il-nuovo-csp-migliora-la-formazione-di-medici-e-operatori-con-simulazioni-a-realta-aumentata.html",
        title: "Il Giornale d'Italia: Giachetti on the new CSP simulation centre",
        kind: "press",
      },
      {
        n: 4,
        url: "https://retecardiologica.it/istituto/irccs-fondazione-ca-granda-ospedale-maggiore-policlinico",
        title: "Rete Cardiologica IRCCS: Fondazione Ca' Granda Ospedale Maggiore Policlinico (Italian)",
        kind: "society",
      },
      {
        n: 5,
        url: "https://retepediatricaidea.it/soci/irccs-ca-granda",
        title: "Rete pediatrica IDEA: IRCCS Ca' Granda",
        kind: "society",
      },
      {
        n: 6,
        url: "https://www.policlinico.mi.it/news/2025-07-14/4871/rassegnastampa-al-policlinico-di-milano-punto-di-svolta-per-la-formazione-medica-il-servizio-di-studio-aperto",
        title: "Policlinico di Milano news: a turning point for medical training",
        date: "2025-07-14",
        kind: "official",
      },
      {
        n: 7,
        url: "https://www.yesmilano.it/en/invest-startup/life-sciences/oncology-research",
        title: "YesMilano: oncology research",
        kind: "official",
      },
      {
        n: 8,
        url: "https://www.insalutenews.it/in-salute/lotta-ai-tumori-car-t-destinazione-futuro/",
        title: CAR_T_LIST_TITLE,
        date: "2023-11-09",
        kind: "press",
      },
      {
        n: 9,
        url: "https://www.ilgiorno.it/salute/policlinico-simulatore-j8dp0bof",
        title: "Il Giorno: the Policlinico simulator",
        date: "2025-05-08",
        kind: "press",
      },
      {
        n: 10,
        url: "https://www.tecnicaospedaliera.it/inaugurato-a-milano-il-centro-di-simulazione-policlinico-c-s-p-training-center",
        title: "Tecnica Ospedaliera: Policlinico C.S.P. Training Center inaugurated in Milan",
        kind: "press",
      },
    ],
    opportunities: [
      {
        key: "policlinico-transplant-observership",
        type: "OBSERVERSHIP",
        titleEn: "Organ donation and transplant coordination observership",
        titleIt: "Observership in donazione e coordinamento trapianti",
        descriptionEn:
          "Observe organ donation and transplant coordination at the seat of the Nord Italia Transplant programme (NITp). Visitors follow donor management, organ allocation and the transplant activity of the hospital's teams. Suited to intensivists, transplant surgeons, physicians and coordinator nurses.",
        descriptionIt:
          "Osservazione della donazione d'organi e del coordinamento trapianti nella sede del programma Nord Italia Transplant (NITp). Si seguono gestione del donatore, allocazione degli organi e attività di trapianto delle équipe dell'ospedale. Adatto a intensivisti, chirurghi dei trapianti, medici e infermieri coordinatori.",
        topics: ["organ-transplantation", "critical-care"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "SURGEON", "NURSE"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 10,
        maxDays: 30,
        windows: [w("02-08", "06-18"), w("09-13", "11-26")],
      },
      {
        key: "policlinico-rare-diseases-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Rare diseases joint research",
        titleIt: "Ricerca congiunta sulle malattie rare",
        descriptionEn:
          "A joint-research stay at a regional reference centre for more than 260 rare diseases and the Italian hospital with the most European Reference Network memberships. Visitors join a clinical research group on registries, natural-history studies or trials agreed before arrival. English is the working language.",
        descriptionIt:
          "Soggiorno di ricerca congiunta in un centro di riferimento regionale per oltre 260 malattie rare, l'ospedale italiano con più partecipazioni alle Reti di riferimento europee. Si lavora in un gruppo di ricerca clinica su registri, studi di storia naturale o sperimentazioni concordati prima dell'arrivo. La lingua di lavoro è l'inglese.",
        topics: ["rare-diseases", "clinical-trials", "translational-research"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "PHYSICIAN", "DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 60,
        maxDays: 180,
        windows: [w("03-01", "12-17")],
        questions: [
          {
            en: "Which rare disease or group of diseases would your project address?",
            it: "Di quale malattia rara o gruppo di malattie si occuperebbe il suo progetto?",
          },
        ],
      },
      {
        key: "policlinico-neonatology-clinical-visit",
        type: "CLINICAL_VISIT",
        titleEn: "Neonatology clinical visit",
        titleIt: "Visita clinica in neonatologia",
        descriptionEn:
          "A clinical visit in neonatal care at a hospital with research and care activity in neonatology and a clinic for complex pregnancies and births. Visitors work alongside the neonatal team in the delivery room and on the ward. Direct contact with families requires good Italian.",
        descriptionIt:
          "Visita clinica in assistenza neonatale in un ospedale con attività di ricerca e cura in neonatologia e una clinica per gravidanze e parti complessi. Si affianca l'équipe neonatale in sala parto e in reparto. Il contatto diretto con le famiglie richiede una buona conoscenza dell'italiano.",
        topics: ["neonatology", "obstetrics", "pregnancy-complications"],
        languages: [it("B2")],
        professions: ["PHYSICIAN", "NURSE"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 2,
        minDays: 30,
        maxDays: 90,
        windows: [w("04-05", "07-30"), w("09-06", "12-17")],
        deadline: "02-15",
      },
      {
        key: "policlinico-high-risk-pregnancy-observership",
        type: "OBSERVERSHIP",
        titleEn: "High-risk pregnancy observership at the Mangiagalli Clinic",
        titleIt: "Observership sulla gravidanza ad alto rischio alla Clinica Mangiagalli",
        descriptionEn:
          "Observe the management of complex pregnancies and births at the Policlinico's Mangiagalli Clinic. Visitors attend outpatient clinics for high-risk pregnancies, labour ward activity and case discussions. Suited to obstetricians and maternal–fetal medicine trainees.",
        descriptionIt:
          "Osservazione della gestione di gravidanze e parti complessi alla Clinica Mangiagalli del Policlinico. Si partecipa ad ambulatori per gravidanze ad alto rischio, attività di sala parto e discussioni di casi. Adatto a ostetrici e specializzandi in medicina materno-fetale.",
        topics: ["obstetrics", "pregnancy-complications"],
        languages: [en("B2")],
        professions: ["PHYSICIAN"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 10,
        maxDays: 28,
        windows: [w("01-18", "05-28")],
      },
      {
        key: "policlinico-geriatrics-clinical-visit",
        type: "CLINICAL_VISIT",
        titleEn: "Geriatric care clinical visit",
        titleIt: "Visita clinica in geriatria",
        descriptionEn:
          "A clinical visit in the geriatric wards of a hospital with research and care activity in geriatrics. Visitors take part in comprehensive geriatric assessment, discharge planning and multidisciplinary meetings. Italian is required for work with older patients and their families.",
        descriptionIt:
          "Visita clinica nei reparti di geriatria di un ospedale con attività di ricerca e cura in questo ambito. Si partecipa alla valutazione multidimensionale geriatrica, alla pianificazione delle dimissioni e alle riunioni multidisciplinari. È richiesto l'italiano per il lavoro con i pazienti anziani e le loro famiglie.",
        topics: ["geriatrics", "frailty"],
        languages: [it("B1")],
        professions: ["PHYSICIAN", "NURSE"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 14,
        maxDays: 60,
        windows: [w("02-01", "06-30"), w("09-13", "12-17")],
      },
    ],
  },

  {
    slug: "papa-giovanni-xxiii",
    name: "ASST Papa Giovanni XXIII",
    nameIt: "ASST Papa Giovanni XXIII",
    kind: "PUBLIC_HOSPITAL",
    city: "Bergamo",
    address: "Piazza OMS 1, Bergamo",
    website: "https://www.asst-pg23.it",
    irccs: null,
    descriptionEn:
      "ASST Papa Giovanni XXIII is a public health trust in Bergamo whose main hospital, Ospedale Papa Giovanni XXIII, opened in December 2012 with up to 1,200 accredited beds and 36 operating rooms. It is an authorised CAR-T centre, and its Oncology and Haematology department develops academic CAR-T and CAR-CIK cell therapies, with more than 30 adult patients with acute lymphoblastic leukaemia treated. Its “G. Lanzani” cell factory is one of the academic cell factories of the regional Plagencell project.",
    descriptionIt:
      "L'ASST Papa Giovanni XXIII è un'azienda sanitaria pubblica di Bergamo il cui ospedale principale, l'Ospedale Papa Giovanni XXIII, ha aperto nel dicembre 2012 con fino a 1.200 posti letto accreditati e 36 sale operatorie. È centro autorizzato alla terapia CAR-T e il dipartimento di Oncologia ed Ematologia sviluppa terapie cellulari accademiche CAR-T e CAR-CIK, con oltre 30 pazienti adulti con leucemia linfoblastica acuta trattati. La sua cell factory “G. Lanzani” è una delle cell factory accademiche del progetto regionale Plagencell.",
    languages: [],
    topics: [
      "car-t-cell-therapy",
      "adoptive-immunotherapy",
      "cell-therapy",
      "acute-lymphoblastic-leukemia",
      "leukemia",
      "lymphoma",
      "hematologic-neoplasms",
      "pediatric-oncology",
      "emergency-care",
    ],
    facts: [
      {
        en: "A public ASST created by Lombardy Law 23/2015, with a hospital pole (Ospedale Papa Giovanni XXIII and Ospedale di San Giovanni Bianco) and a territorial pole of community health services.",
        it: "ASST pubblica istituita dalla legge regionale lombarda 23/2015, con un polo ospedaliero (Ospedale Papa Giovanni XXIII e Ospedale di San Giovanni Bianco) e un polo territoriale di servizi sanitari di comunità.",
        sources: [1],
      },
      {
        en: "Its main hospital is Ospedale Papa Giovanni XXIII, at Piazza OMS 1, Bergamo.",
        it: "L'ospedale principale è l'Ospedale Papa Giovanni XXIII, in Piazza OMS 1 a Bergamo.",
        sources: [1, 2, 3],
      },
      {
        en: "The new hospital opened in December 2012, replacing the former Ospedali Riuniti.",
        it: "Il nuovo ospedale ha aperto nel dicembre 2012, sostituendo i vecchi Ospedali Riuniti.",
        sources: [2, 4],
      },
      {
        en: "1,200 beds (maximum accredited) and 36 operating rooms.",
        it: "1.200 posti letto (massimo accreditato) e 36 sale operatorie.",
        sources: [2],
      },
      {
        en: "In 2024: 103,241 emergency-department visits and 44,298 admissions.",
        it: "Nel 2024: 103.241 accessi in pronto soccorso e 44.298 ricoveri.",
        sources: [1],
      },
      {
        en: "An authorised CAR-T centre (list of November 2023).",
        it: "Centro autorizzato alla terapia CAR-T (elenco di novembre 2023).",
        sources: [5],
      },
      {
        en: "According to A. Rambaldi, director of Oncology and Haematology (January 2024), its academic CAR-T and CAR-CIK programme has treated more than 30 adult patients with acute lymphoblastic leukaemia, with 3 academic projects authorised by AIFA plus a 4th in lymphoma.",
        it: "Secondo A. Rambaldi, direttore di Oncologia ed Ematologia (gennaio 2024), il programma accademico CAR-T e CAR-CIK ha trattato oltre 30 pazienti adulti con leucemia linfoblastica acuta, con 3 progetti accademici autorizzati da AIFA e un 4° nel linfoma.",
        sources: [6],
      },
      {
        en: "Its paediatric oncology also works with CAR-T cells.",
        it: "Anche l'oncologia pediatrica lavora con le cellule CAR-T.",
        sources: [7],
      },
      {
        en: "Its “G. Lanzani” cell factory is one of the 5 academic cell factories of the regional Plagencell project, which builds allogeneic CAR-T/CARCIK cell banks from cord blood.",
        it: "La cell factory “G. Lanzani” è una delle 5 cell factory accademiche del progetto regionale Plagencell, che crea banche di cellule CAR-T/CARCIK allogeniche da sangue cordonale.",
        sources: [8],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://www.asst-pg23.it/chi-siamo",
        title: "ASST Papa Giovanni XXIII: about us",
        kind: "official",
      },
      {
        n: 2,
        url: "https://www.wikizero.com/it/Ospedale_Papa_Giovanni_XXIII",
        title: "Ospedale Papa Giovanni XXIII (copy of it.wikipedia)",
        kind: "mirror",
      },
      {
        n: 3,
        url: "https://myvalley.it/2023/10/un-viaggio-nel-passato-nell-ex-riuniti-per-i-dipendenti-di-un-tempo",
        title: "MyValley: a journey into the past at the former Riuniti",
        date: "2023-10",
        kind: "press",
      },
      {
        n: 4,
        url: "https://www.ecodibergamo.it/stories/premium/bergamo-citta/lospedale-papa-giovanni-celebra-i-suoi-primi-10-anni-il-25-ottobre-levento_1441366_11/",
        title: "L'Eco di Bergamo: the Papa Giovanni hospital celebrates its first 10 years",
        kind: "press",
      },
      {
        n: 5,
        url: "https://www.insalutenews.it/in-salute/lotta-ai-tumori-car-t-destinazione-futuro/",
        title: CAR_T_LIST_TITLE,
        date: "2023-11-09",
        kind: "press",
      },
      {
        n: 6,
        url: "https://www.ecodibergamo.it/stories/premium/bergamo-citta/le-cellule-car-t-non-solo-leucemie-ricerca-curare-malattie-autoimmuni-o_1974605_11/",
        title: "L'Eco di Bergamo: CAR-T cells, not only leukaemias",
        date: "2024-01",
        kind: "press",
      },
      {
        n: 7,
        url: "https://www.ecodibergamo.it/stories/premium/Cronaca/tumori-infantili-bergamo-scommette-sulle-car-t-cell_1302747_11/",
        title: "L'Eco di Bergamo: childhood cancers, Bergamo bets on CAR-T cells",
        kind: "press",
      },
      {
        n: 8,
        url: "https://www.yesmilano.it/en/invest-startup/life-sciences/oncology-research",
        title: "YesMilano: oncology research",
        kind: "official",
      },
    ],
    opportunities: [
      {
        key: "papa-giovanni-car-t-all-clinical-visit",
        type: "CLINICAL_VISIT",
        titleEn: "CAR-T and acute lymphoblastic leukaemia clinical visit",
        titleIt: "Visita clinica su CAR-T e leucemia linfoblastica acuta",
        descriptionEn:
          "A clinical visit with the Oncology and Haematology team, whose academic CAR-T and CAR-CIK programme has treated more than 30 adults with acute lymphoblastic leukaemia. Visitors follow patients from eligibility assessment to infusion and follow-up on the haematology ward. Ward work with patients requires working Italian.",
        descriptionIt:
          "Visita clinica con l'équipe di Oncologia ed Ematologia, il cui programma accademico CAR-T e CAR-CIK ha trattato oltre 30 adulti con leucemia linfoblastica acuta. Si seguono i pazienti dalla valutazione dell'eleggibilità all'infusione e al follow-up nel reparto di ematologia. L'attività di reparto con i pazienti richiede una conoscenza operativa dell'italiano.",
        topics: [
          "car-t-cell-therapy",
          "acute-lymphoblastic-leukemia",
          "adoptive-immunotherapy",
          "hematologic-neoplasms",
        ],
        languages: [it("B1"), en("B2")],
        professions: ["PHYSICIAN"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 21,
        maxDays: 60,
        windows: [w("02-01", "06-30"), w("09-06", "12-17")],
        deadline: "01-20",
        questions: [
          {
            en: "Describe your experience in managing acute leukaemia.",
            it: "Descriva la sua esperienza nella gestione delle leucemie acute.",
          },
        ],
      },
      {
        key: "papa-giovanni-cell-factory-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Academic CAR-T and CAR-CIK manufacturing joint research",
        titleIt: "Ricerca congiunta sulla produzione accademica di CAR-T e CAR-CIK",
        descriptionEn:
          "A joint-research stay linked to the “G. Lanzani” cell factory, one of the academic cell factories of the regional Plagencell project. Visitors contribute to process development and quality work for academic CAR-T and CAR-CIK cells. Suited to researchers, bioengineers and doctoral candidates in cell therapy.",
        descriptionIt:
          "Soggiorno di ricerca congiunta legato alla cell factory “G. Lanzani”, una delle cell factory accademiche del progetto regionale Plagencell. Si contribuisce allo sviluppo di processo e alle attività di qualità per cellule CAR-T e CAR-CIK accademiche. Adatto a ricercatori, bioingegneri e dottorandi in terapia cellulare.",
        topics: ["car-t-cell-therapy", "cell-therapy", "translational-research"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "BIOMEDICAL_ENGINEER", "DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE", "EARLY_CAREER"],
        seats: 2,
        minDays: 60,
        maxDays: 180,
        windows: [w("03-01", "12-17")],
      },
      {
        key: "papa-giovanni-paediatric-car-t-observership",
        type: "OBSERVERSHIP",
        titleEn: "Paediatric haemato-oncology and CAR-T observership",
        titleIt: "Observership in onco-ematologia pediatrica e CAR-T",
        descriptionEn:
          "Observe a paediatric oncology team that also works with CAR-T cells. Visitors attend ward rounds, day-hospital activity and team meetings on children receiving cell therapy. Open to paediatric haematologists, oncologists and nurses.",
        descriptionIt:
          "Osservazione di un'équipe di oncologia pediatrica che lavora anche con le cellule CAR-T. Si partecipa a giri visita, attività di day hospital e riunioni d'équipe sui bambini in terapia cellulare. Aperto a ematologi e oncologi pediatri e a infermieri.",
        topics: ["car-t-cell-therapy", "pediatric-oncology", "leukemia", "hematologic-neoplasms"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "NURSE"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 1,
        minDays: 7,
        maxDays: 21,
        windows: [w("04-12", "07-16")],
      },
      {
        key: "papa-giovanni-emergency-nursing-visit",
        type: "CLINICAL_VISIT",
        titleEn: "Emergency department nursing clinical visit",
        titleIt: "Visita clinica per infermieri in pronto soccorso",
        descriptionEn:
          "A clinical visit for nurses in an emergency department that recorded more than 100,000 visits in 2024. Visitors follow triage, resuscitation-room work and patient flow alongside experienced emergency nurses. Italian is required because the visit involves direct patient contact.",
        descriptionIt:
          "Visita clinica per infermieri in un pronto soccorso che nel 2024 ha registrato oltre 100.000 accessi. Si seguono triage, attività in sala emergenza e gestione dei flussi dei pazienti insieme a infermieri esperti. È richiesto l'italiano perché la visita prevede contatto diretto con i pazienti.",
        topics: ["emergency-care", "nursing"],
        languages: [it("B2")],
        professions: ["NURSE"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 14,
        maxDays: 42,
        windows: [w("03-01", "06-18"), w("10-04", "12-17")],
      },
    ],
  },

  {
    slug: "ieo",
    name: "European Institute of Oncology (IEO)",
    nameIt: "Istituto Europeo di Oncologia (IEO)",
    kind: "IRCCS_HOSPITAL",
    city: "Milan",
    address: "Via Ripamonti 435, Milano",
    website: "https://www.ieo.it",
    irccs: true,
    descriptionEn:
      "The European Institute of Oncology (IEO), founded by Umberto Veronesi and opened to patients in 1994, is a private non-profit comprehensive cancer centre and IRCCS in Milan that also provides care under the national health service. It was the first centre in Italy to set up a Radiomics centre (2019), and its IEO Proton Center, with an IBA Proteus One system, was inaugurated in November 2023. The sentinel-lymph-node technique for breast cancer was developed at IEO, which is also a founding member of CNAO.",
    descriptionIt:
      "L'Istituto Europeo di Oncologia (IEO), fondato da Umberto Veronesi e aperto ai pazienti nel 1994, è un comprehensive cancer centre privato senza scopo di lucro e IRCCS a Milano, che opera anche in regime di Servizio sanitario nazionale. È stato il primo centro in Italia a dotarsi di un centro di Radiomica (2019) e il suo IEO Proton Center, con un sistema IBA Proteus One, è stato inaugurato nel novembre 2023. Allo IEO è stata sviluppata la tecnica del linfonodo sentinella per il tumore della mammella; l'istituto è anche socio fondatore del CNAO.",
    languages: [],
    topics: ["neoplasms", "radiomics", "diagnostic-imaging", "proton-therapy", "radiotherapy", "breast-neoplasms"],
    facts: [
      {
        en: "A private non-profit comprehensive cancer centre that also provides care under the national health service (SSN).",
        it: "Comprehensive cancer centre privato senza scopo di lucro che opera anche in regime di Servizio sanitario nazionale (SSN).",
        sources: [1, 3],
      },
      {
        en: "Recognised as an IRCCS by ministerial decree of January 1996.",
        it: "Riconosciuto IRCCS con decreto ministeriale del gennaio 1996.",
        sources: [1, 4],
      },
      { en: "Address: Via Ripamonti 435, Milan.", it: "Indirizzo: Via Ripamonti 435, Milano.", sources: [1] },
      {
        en: "Founded by Umberto Veronesi; opened to patients on 30–31 May 1994.",
        it: "Fondato da Umberto Veronesi; aperto ai pazienti il 30–31 maggio 1994.",
        sources: [2, 4],
      },
      {
        en: "The first centre in Italy to set up a Radiomics centre, announced at its 25th-anniversary events in 2019.",
        it: "Il primo centro in Italia a dotarsi di un centro di Radiomica, annunciato durante gli eventi per i 25 anni, nel 2019.",
        sources: [5],
      },
      {
        en: "Runs a radiomics research programme.",
        it: "Ha un programma di ricerca in radiomica.",
        sources: [6],
      },
      {
        en: "The IEO Proton Center uses an IBA “Proteus One” proton-therapy system.",
        it: "Lo IEO Proton Center usa un sistema di protonterapia IBA “Proteus One”.",
        sources: [7, 8],
      },
      {
        en: "The IEO Proton Center was inaugurated in November 2023, after a €40 million investment.",
        it: "Lo IEO Proton Center è stato inaugurato nel novembre 2023, con un investimento di 40 milioni di euro.",
        sources: [9, 10],
      },
      {
        en: "Described as the first IRCCS in Italy with its own proton centre.",
        it: "Descritto come il primo IRCCS in Italia con un proprio centro di protonterapia.",
        sources: [11],
      },
      {
        en: "The IEO3 building for advanced surgery was inaugurated in November 2025.",
        it: "L'edificio IEO3 per la chirurgia avanzata è stato inaugurato nel novembre 2025.",
        sources: [12],
      },
      {
        en: "The sentinel-lymph-node technique for breast cancer was developed at IEO (Lancet, 1998).",
        it: "Allo IEO è stata sviluppata la tecnica del linfonodo sentinella per il tumore della mammella (Lancet, 1998).",
        sources: [4],
      },
      {
        en: "A founding member of Fondazione CNAO, the national hadrontherapy centre in Pavia.",
        it: "Socio fondatore della Fondazione CNAO, il centro nazionale di adroterapia di Pavia.",
        sources: [14],
      },
    ],
    sources: [
      {
        n: 1,
        url: "http://144.76.223.21/canale_saluteebenessere/notizie/centri_di_eccellenza/oncologia/2011/07/15/istituto-europeo-di-oncologia-milano_151e6ca7-9a04-11e6-9836-00505695d1bc.html",
        title: "ANSA: Istituto Europeo di Oncologia, Milan (mirror)",
        date: "2011-07-15",
        kind: "mirror",
      },
      {
        n: 2,
        url: "https://www.ieo.it/en/About-Us-old/IEO/The-History/",
        title: "IEO: the history",
        kind: "official",
      },
      {
        n: 3,
        url: "https://www.indigomed.net/portfolio/european-institute-of-oncology-ieo-in-milano-italy/",
        title: "Indigomed: European Institute of Oncology (IEO), Milan",
        kind: "aggregator",
      },
      {
        n: 4,
        url: "http://www.ieo.it/it/CHI-SIAMO/storia-istituto/30-anni-di-IEO/Le-tappe-della-nostra-storia/",
        title: "IEO: 30 years of IEO, milestones of our history",
        kind: "official",
      },
      {
        n: 5,
        url: "https://www.tecnicaospedaliera.it/radiomica-arriva-il-primo-centro-in-italia-presso-lieo/",
        title: "Tecnica Ospedaliera: radiomics, the first centre in Italy at IEO",
        kind: "press",
      },
      { n: 6, url: "https://www.ieo.it/it/ricerca/Radiomic-/", title: "IEO research: radiomics", kind: "official" },
      {
        n: 7,
        url: "http://bollinirosa.alekos.net/cancro-al-i-lavori-il-proton-center-dello-ieo-di-milano-sar%C3%A0-pronto-nel-2021-e-tratter%C3%A0-800-pazienti",
        title: "Bollini Rosa: work begins on the IEO Proton Center",
        kind: "press",
      },
      {
        n: 8,
        url: "https://tg24.sky.it/salute-e-benessere/2022/07/26/tumori-ieo-sistema-terapia-protonica-europa",
        title: "Sky TG24: IEO proton-therapy system",
        date: "2022-07-26",
        kind: "press",
      },
      {
        n: 9,
        url: "https://pledgetimes.com/new-proton-therapy-center-inaugurated-in-milan/",
        title: "Pledge Times: new proton therapy center inaugurated in Milan",
        date: "2023-11-29",
        kind: "press",
      },
      {
        n: 10,
        url: "https://teramonews.com/salute/tumori-a-milano-il-terzo-proton-center-italiano/46",
        title: "Teramo News: in Milan the third Italian proton center",
        kind: "press",
      },
      {
        n: 11,
        url: "https://www.ansa.it/lombardia/notizie/2021/05/26/moratti-posa-prima-pietra-proton-center-ieo-per-cura-tumori_d073bbcd-2f88-45c2-b123-b811882567c3.html",
        title: "ANSA Lombardia: first stone of the IEO Proton Center",
        date: "2021-05-26",
        kind: "press",
      },
      {
        n: 12,
        url: "https://www.varesenews.it/2025/11/inaugurato-ieo3-il-nuovo-edificio-dellistituto-europeo-di-oncologia-a-milano/2417995/",
        title: "VareseNews: IEO3, the new IEO building, inaugurated",
        date: "2025-11",
        kind: "press",
      },
      { n: 14, url: "https://it.m.wikipedia.org/wiki/CNAO", title: "it.wikipedia: CNAO", kind: "wikipedia" },
    ],
    opportunities: [
      {
        key: "ieo-proton-therapy-observership",
        type: "OBSERVERSHIP",
        titleEn: "Proton therapy observership at the IEO Proton Center",
        titleIt: "Observership in protonterapia allo IEO Proton Center",
        descriptionEn:
          "Observe proton-therapy indications, planning and delivery at the IEO Proton Center, inaugurated in November 2023 with an IBA Proteus One system. Visitors attend new-patient clinics, planning reviews and treatment sessions within a comprehensive cancer centre. Suited to radiation oncologists and medical physicists; English is the working language of this example programme.",
        descriptionIt:
          "Osservazione di indicazioni, pianificazione ed erogazione della protonterapia allo IEO Proton Center, inaugurato nel novembre 2023 con un sistema IBA Proteus One. Si partecipa a prime visite, revisioni dei piani e sedute di trattamento all'interno di un comprehensive cancer centre. Adatto a radioterapisti oncologi e fisici medici; la lingua di lavoro di questo programma di esempio è l'inglese.",
        topics: ["proton-therapy", "radiotherapy", "neoplasms"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "BIOMEDICAL_ENGINEER", "MEDICAL_PHYSICIST"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 7,
        maxDays: 28,
        windows: [w("01-18", "05-21"), w("09-13", "12-03")],
        deadline: "03-31",
        questions: [
          {
            en: "What proton or photon techniques do you use in your current practice?",
            it: "Quali tecniche con protoni o fotoni utilizza nella sua pratica attuale?",
          },
        ],
      },
      {
        key: "ieo-radiomics-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Radiomics joint research",
        titleIt: "Ricerca congiunta in radiomica",
        descriptionEn:
          "Join the radiomics research activity of the first Italian centre to set up a Radiomics centre. Visitors work on image-based models for tumour characterisation, from data curation to validation, on a project agreed with the host group. Open to radiologists, radiation oncologists, physicists, engineers and data scientists.",
        descriptionIt:
          "Partecipazione all'attività di ricerca in radiomica del primo centro italiano che si è dotato di un centro di Radiomica. Si lavora su modelli basati sulle immagini per la caratterizzazione dei tumori, dalla cura dei dati alla validazione, su un progetto concordato con il gruppo ospitante. Aperto a radiologi, radioterapisti, fisici, ingegneri e data scientist.",
        topics: ["radiomics", "diagnostic-imaging", "artificial-intelligence", "precision-medicine", "neoplasms"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "PHYSICIAN", "BIOMEDICAL_ENGINEER", "DOCTORAL_STUDENT", "MEDICAL_PHYSICIST"],
        careerStages: ["DOCTORAL_CANDIDATE", "EARLY_CAREER", "ESTABLISHED"],
        seats: 3,
        minDays: 30,
        maxDays: 120,
        windows: [w("02-01", "07-16"), w("09-06", "12-17")],
        questions: [
          {
            en: "Describe your experience with medical imaging data, programming or machine learning.",
            it: "Descriva la sua esperienza con dati di imaging medico, programmazione o machine learning.",
          },
        ],
      },
      {
        key: "ieo-breast-surgery-observership",
        type: "OBSERVERSHIP",
        titleEn: "Breast cancer surgery observership",
        titleIt: "Observership in chirurgia del tumore della mammella",
        descriptionEn:
          "Observe breast cancer care at the institute where the sentinel-lymph-node technique for breast cancer was developed. Visitors attend surgical sessions, multidisciplinary meetings and outpatient clinics. Suited to breast surgeons and surgical oncology trainees.",
        descriptionIt:
          "Osservazione della cura del tumore della mammella nell'istituto in cui è stata sviluppata la tecnica del linfonodo sentinella. Si partecipa a sedute operatorie, riunioni multidisciplinari e ambulatori. Adatto a chirurghi senologi e specializzandi in chirurgia oncologica.",
        topics: ["breast-neoplasms", "neoplasms"],
        languages: [en("B2")],
        professions: ["SURGEON", "PHYSICIAN"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 2,
        minDays: 10,
        maxDays: 30,
        windows: [w("03-01", "06-25")],
      },
      {
        key: "ieo-radiomics-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Radiomics and imaging data science doctoral exchange",
        titleIt: "Scambio dottorale in radiomica e scienza dei dati di imaging",
        descriptionEn:
          "A doctoral exchange for PhD candidates in medical physics, bioengineering or computer science working on quantitative imaging. Candidates spend a term with IEO's radiomics researchers on a thesis-related project. Places are offered as cohorts so that candidates can share training sessions.",
        descriptionIt:
          "Scambio per dottorandi in fisica medica, bioingegneria o informatica che lavorano sull'imaging quantitativo. Il dottorando trascorre un periodo con i ricercatori di radiomica dello IEO su un progetto legato alla tesi. I posti sono organizzati in gruppi, così che i dottorandi possano condividere le sessioni di formazione.",
        topics: ["radiomics", "diagnostic-imaging", "artificial-intelligence", "precision-medicine"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT", "BIOMEDICAL_ENGINEER"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 4,
        minDays: 90,
        maxDays: 120,
        cohorts: [cohort("spring", "Spring", "03-01", "06-25", 4)],
        deadline: "01-31",
        questions: [
          {
            en: "What is the topic of your doctoral thesis?",
            it: "Qual è l'argomento della sua tesi di dottorato?",
          },
        ],
      },
    ],
  },

  {
    slug: "san-raffaele",
    name: "IRCCS Ospedale San Raffaele",
    nameIt: "IRCCS Ospedale San Raffaele",
    kind: "IRCCS_HOSPITAL",
    city: "Milan",
    address: "Via Olgettina 60, 20132 Milano",
    website: "https://www.hsr.it",
    irccs: true,
    descriptionEn:
      "IRCCS Ospedale San Raffaele is a private research hospital and university polyclinic in Milan, opened in 1971 and part of Gruppo San Donato since 2012. It covers about 50 specialties on a campus of about 290,000 m² that includes the DIBIT research buildings, and it is the teaching hospital of Vita-Salute San Raffaele University. It developed the first gene therapy later approved in Europe, for a rare paediatric disease, develops CAR-T cell therapies in its own laboratories and offers CyberKnife robotic radiosurgery and TomoTherapy.",
    descriptionIt:
      "L'IRCCS Ospedale San Raffaele è un ospedale di ricerca privato e policlinico universitario di Milano, aperto nel 1971 e parte del Gruppo San Donato dal 2012. Copre circa 50 specialità in un campus di circa 290.000 m² che comprende gli edifici di ricerca DIBIT ed è l'ospedale d'insegnamento dell'Università Vita-Salute San Raffaele. Ha sviluppato la prima terapia genica poi approvata in Europa, per una malattia pediatrica rara, sviluppa terapie CAR-T nei propri laboratori e dispone di radiochirurgia robotica CyberKnife e TomoTherapy.",
    languages: [],
    topics: [
      "gene-therapy",
      "car-t-cell-therapy",
      "cell-therapy",
      "radiosurgery",
      "radiotherapy",
      "diabetes-mellitus",
      "molecular-medicine",
      "neurodegenerative-diseases",
      "neoplasms",
    ],
    facts: [
      {
        en: "A private research hospital and university polyclinic, part of Gruppo San Donato since 2012.",
        it: "Ospedale di ricerca privato e policlinico universitario, parte del Gruppo San Donato dal 2012.",
        sources: [2],
      },
      {
        en: "First recognised as an IRCCS in 1972, for diabetes.",
        it: "Riconosciuto IRCCS per la prima volta nel 1972, per il diabete.",
        sources: [1, 2],
      },
      {
        en: "The extension of its IRCCS recognition to molecular medicine is dated differently by the sources: 2001, 2002, or “accredited 1999” in an old Wikipedia copy.",
        it: "L'estensione del riconoscimento IRCCS alla medicina molecolare è datata diversamente dalle fonti: 2001, 2002, oppure “accreditato nel 1999” in una vecchia copia di Wikipedia.",
        sources: [1, 2, 3],
      },
      {
        en: "Address: Via Olgettina 60, 20132 Milan.",
        it: "Indirizzo: Via Olgettina 60, 20132 Milano.",
        sources: [1, 2],
      },
      { en: "Opened in 1971.", it: "Aperto nel 1971.", sources: [1, 2] },
      { en: "About 50 specialties.", it: "Circa 50 specialità.", sources: [1, 5] },
      {
        en: "Bed count by source: “over 1,340”, or 1,350 in an old Wikipedia copy.",
        it: "Posti letto secondo le fonti: “oltre 1.340”, oppure 1.350 in una vecchia copia di Wikipedia.",
        sources: [3, 5],
      },
      {
        en: "A campus of about 290,000 m², including the DIBIT research buildings.",
        it: "Un campus di circa 290.000 m², che comprende gli edifici di ricerca DIBIT.",
        sources: [4],
      },
      {
        en: "Teaching hospital of Vita-Salute San Raffaele University, including its International MD Program.",
        it: "Ospedale d'insegnamento dell'Università Vita-Salute San Raffaele, compreso l'International MD Program.",
        sources: [6],
      },
      {
        en: "Developed the first gene therapy later approved in Europe, for a rare paediatric disease (Strimvelis, see SR-Tiget).",
        it: "Ha sviluppato la prima terapia genica poi approvata in Europa, per una malattia pediatrica rara (Strimvelis, vedi SR-Tiget).",
        sources: [2],
      },
      {
        en: "In 2017 it developed the first neural-stem-cell therapy for a neurodegenerative disease.",
        it: "Nel 2017 ha sviluppato la prima terapia con cellule staminali neurali per una malattia neurodegenerativa.",
        sources: [2],
      },
      {
        en: "Develops CAR-T cell therapies in its own laboratories.",
        it: "Sviluppa terapie con cellule CAR-T nei propri laboratori.",
        sources: [2],
      },
      {
        en: "An authorised CAR-T centre (list of November 2023).",
        it: "Centro autorizzato alla terapia CAR-T (elenco di novembre 2023).",
        sources: [7],
      },
      {
        en: "One of 6 institutes in the EU EURE-CART consortium, and a partner in the regional Plagencell project.",
        it: "Uno dei 6 istituti del consorzio europeo EURE-CART e partner del progetto regionale Plagencell.",
        sources: [5],
      },
      {
        en: "Radiotherapy includes CyberKnife M6 robotic radiosurgery and TomoTherapy.",
        it: "La radioterapia comprende la radiochirurgia robotica CyberKnife M6 e la TomoTherapy.",
        sources: [8],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://retepediatricaidea.it/soci/ospedale-san-raffaele",
        title: "Rete pediatrica IDEA: Ospedale San Raffaele",
        kind: "society",
      },
      {
        n: 2,
        url: "https://rdeditore.it/it/100ecc10aziende/irccs-ospedale-san-raffaele",
        title: "RD Editore: IRCCS Ospedale San Raffaele profile",
        kind: "press",
      },
      {
        n: 3,
        url: "http://it.wikipedia.org/wiki/Ospedale_San_Raffaele",
        title: "it.wikipedia: Ospedale San Raffaele (old stored copy)",
        kind: "wikipedia",
      },
      {
        n: 4,
        url: "https://research.hsr.it/en/research-hospital/campus.html",
        title: "San Raffaele research: the campus",
        kind: "official",
      },
      {
        n: 5,
        url: "https://www.yesmilano.it/en/invest-startup/life-sciences/oncology-research",
        title: "YesMilano: oncology research",
        kind: "official",
      },
      {
        n: 6,
        url: "https://www.mitosettembremusica.it/it/sedi/ospedale-san-raffaele.html",
        title: "MITO SettembreMusica venues: Ospedale San Raffaele",
        kind: "aggregator",
      },
      {
        n: 7,
        url: "https://www.insalutenews.it/in-salute/lotta-ai-tumori-car-t-destinazione-futuro/",
        title: CAR_T_LIST_TITLE,
        date: "2023-11-09",
        kind: "press",
      },
      {
        n: 8,
        url: "https://www.gsdinternational.com/facility/ospedale-san-raffaele/department/radiotherapy.html",
        title: "GSD International: Ospedale San Raffaele, radiotherapy",
        kind: "official",
      },
    ],
    opportunities: [
      {
        key: "san-raffaele-radiosurgery-observership",
        type: "OBSERVERSHIP",
        titleEn: "Robotic radiosurgery and TomoTherapy observership",
        titleIt: "Observership in radiochirurgia robotica e TomoTherapy",
        descriptionEn:
          "Observe stereotactic treatments with the CyberKnife M6 robotic radiosurgery system and helical TomoTherapy. Visitors attend indication meetings, contouring and planning, and treatment delivery. Suited to radiation oncologists, neurosurgeons and medical physicists.",
        descriptionIt:
          "Osservazione dei trattamenti stereotassici con il sistema di radiochirurgia robotica CyberKnife M6 e con la TomoTherapy elicoidale. Si partecipa a riunioni per le indicazioni, contornamento e pianificazione ed erogazione dei trattamenti. Adatto a radioterapisti oncologi, neurochirurghi e fisici medici.",
        topics: ["radiosurgery", "radiotherapy", "neoplasms"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "SURGEON", "BIOMEDICAL_ENGINEER", "MEDICAL_PHYSICIST"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 2,
        minDays: 10,
        maxDays: 28,
        windows: [w("02-15", "05-28"), w("10-04", "12-10")],
        questions: [
          {
            en: "Which stereotactic indications are you most interested in?",
            it: "Quali indicazioni stereotassiche le interessano di più?",
          },
        ],
      },
      {
        key: "san-raffaele-car-t-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "CAR-T cell therapy development joint research",
        titleIt: "Ricerca congiunta sullo sviluppo di terapie CAR-T",
        descriptionEn:
          "A joint-research stay at a hospital that develops CAR-T cell therapies in its own laboratories and belongs to the EU EURE-CART consortium. Visitors join a laboratory or translational group on a project agreed before arrival. English is the working language.",
        descriptionIt:
          "Soggiorno di ricerca congiunta in un ospedale che sviluppa terapie CAR-T nei propri laboratori e fa parte del consorzio europeo EURE-CART. Si entra in un gruppo di laboratorio o traslazionale su un progetto concordato prima dell'arrivo. La lingua di lavoro è l'inglese.",
        topics: ["car-t-cell-therapy", "cell-therapy", "translational-research"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "PHYSICIAN"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 90,
        maxDays: 180,
        windows: [w("03-01", "12-17")],
        deadline: "06-30",
      },
      {
        key: "san-raffaele-diabetes-clinical-visit",
        type: "CLINICAL_VISIT",
        titleEn: "Diabetes care clinical visit",
        titleIt: "Visita clinica in diabetologia",
        descriptionEn:
          "A clinical visit in diabetes care at a hospital first recognised as an IRCCS for diabetes in 1972. Visitors join outpatient clinics, technology clinics and ward consultations under supervision. Italian is required because visitors see patients directly.",
        descriptionIt:
          "Visita clinica in diabetologia in un ospedale riconosciuto IRCCS per il diabete già nel 1972. Si partecipa, con supervisione, ad ambulatori, ambulatori per le tecnologie e consulenze di reparto. È richiesto l'italiano perché si visitano direttamente i pazienti.",
        topics: ["diabetes-mellitus"],
        languages: [it("B2")],
        professions: ["PHYSICIAN", "NURSE"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 2,
        minDays: 30,
        maxDays: 60,
        windows: [w("04-12", "07-23"), w("09-13", "12-17")],
      },
      {
        key: "san-raffaele-cell-gene-therapy-trials-observership",
        type: "OBSERVERSHIP",
        titleEn: "Gene and cell therapy clinical trials observership",
        titleIt: "Observership sulle sperimentazioni cliniche di terapia genica e cellulare",
        descriptionEn:
          "A short observership on how advanced-therapy clinical trials are run in a research hospital that developed the first gene therapy later approved in Europe. Visitors follow trial coordination, patient pathways and regulatory work. Open to physicians, researchers and clinical-trial staff.",
        descriptionIt:
          "Breve observership su come si conducono le sperimentazioni cliniche di terapie avanzate in un ospedale di ricerca che ha sviluppato la prima terapia genica poi approvata in Europa. Si seguono coordinamento degli studi, percorsi dei pazienti e attività regolatorie. Aperto a medici, ricercatori e personale di ricerca clinica.",
        topics: ["clinical-trials", "gene-therapy", "cell-therapy"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "RESEARCHER", "OTHER"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 5,
        maxDays: 15,
        windows: [w("01-25", "04-30"), w("10-04", "11-26")],
      },
    ],
  },

  {
    slug: "sr-tiget",
    name: "San Raffaele Telethon Institute for Gene Therapy (SR-Tiget)",
    nameIt: "San Raffaele Telethon Institute for Gene Therapy (SR-Tiget)",
    kind: "RESEARCH_INSTITUTE",
    city: "Milan",
    address: "Via Olgettina 58, Milano",
    website: "https://research.hsr.it/en/institutes/san-raffaele-telethon-institute-for-gene-therapy/index.html",
    irccs: null,
    parentSlug: "san-raffaele",
    descriptionEn:
      "The San Raffaele Telethon Institute for Gene Therapy (SR-Tiget) is a research institute in Milan, a joint venture between Fondazione Telethon and Ospedale San Raffaele, located inside IRCCS Ospedale San Raffaele. Its research covers primary immunodeficiencies, leukodystrophies and lysosomal storage diseases, haematological, autoimmune and neurodegenerative diseases, lentiviral gene transfer, gene editing and in vivo gene therapy. Strimvelis, the ex vivo stem-cell gene therapy for ADA-SCID developed there, received European marketing authorisation in 2016.",
    descriptionIt:
      "Il San Raffaele Telethon Institute for Gene Therapy (SR-Tiget) è un istituto di ricerca di Milano, joint venture tra Fondazione Telethon e Ospedale San Raffaele, situato all'interno dell'IRCCS Ospedale San Raffaele. La sua ricerca riguarda immunodeficienze primitive, leucodistrofie e malattie da accumulo lisosomiale, malattie ematologiche, autoimmuni e neurodegenerative, trasferimento genico lentivirale, editing genomico e terapia genica in vivo. Strimvelis, la terapia genica ex vivo con cellule staminali per l'ADA-SCID sviluppata all'istituto, ha ottenuto l'autorizzazione europea all'immissione in commercio nel 2016.",
    languages: [],
    topics: [
      "gene-therapy",
      "lentiviral-gene-transfer",
      "gene-editing",
      "ada-scid",
      "severe-combined-immunodeficiency",
      "primary-immunodeficiency-diseases",
      "wiskott-aldrich-syndrome",
      "leukodystrophies",
      "metachromatic-leukodystrophy",
      "lysosomal-storage-diseases",
      "neurodegenerative-diseases",
      "autoimmune-diseases",
      "hemic-and-lymphatic-diseases",
      "clinical-trials",
    ],
    facts: [
      {
        en: "A research institute, a joint venture between Fondazione Telethon and Ospedale San Raffaele.",
        it: "Istituto di ricerca, joint venture tra Fondazione Telethon e Ospedale San Raffaele.",
        sources: [1, 2],
      },
      {
        en: "Located inside IRCCS Ospedale San Raffaele.",
        it: "Situato all'interno dell'IRCCS Ospedale San Raffaele.",
        sources: [1],
      },
      {
        en: "Founded in 1995 according to Telethon; two stored versions of the institute's own page give 1995 and 1996.",
        it: "Fondato nel 1995 secondo Telethon; due versioni archiviate della pagina dell'istituto riportano 1995 e 1996.",
        sources: [1, 3],
      },
      { en: "Address: Via Olgettina 58, Milan.", it: "Indirizzo: Via Olgettina 58, Milano.", sources: [4] },
      {
        en: "Director: Luigi Naldini; deputy director for clinical research: Alessandro Aiuti.",
        it: "Direttore: Luigi Naldini; vicedirettore per la ricerca clinica: Alessandro Aiuti.",
        sources: [1, 2],
      },
      {
        en: "Research areas: primary immunodeficiencies; autoimmune and autoinflammatory diseases; haematological diseases; leukodystrophies and lysosomal storage diseases; neurodegenerative diseases; lentiviral gene transfer, gene editing and in vivo gene therapy.",
        it: "Aree di ricerca: immunodeficienze primitive; malattie autoimmuni e autoinfiammatorie; malattie ematologiche; leucodistrofie e malattie da accumulo lisosomiale; malattie neurodegenerative; trasferimento genico lentivirale, editing genomico e terapia genica in vivo.",
        sources: [1],
      },
      {
        en: "Strimvelis, for ADA-SCID, received a positive opinion from EMA's CHMP/CAT on 1 April 2016.",
        it: "Strimvelis, per l'ADA-SCID, ha ricevuto il parere positivo del CHMP/CAT dell'EMA il 1° aprile 2016.",
        sources: [5],
      },
      {
        en: "Strimvelis received European Commission marketing authorisation in 2016.",
        it: "Strimvelis ha ottenuto l'autorizzazione all'immissione in commercio della Commissione europea nel 2016.",
        sources: [6, 7],
      },
      {
        en: "Strimvelis is the first ex vivo stem-cell gene therapy, described as the first curative gene therapy for children approved anywhere.",
        it: "Strimvelis è la prima terapia genica ex vivo con cellule staminali, descritta come la prima terapia genica curativa per bambini approvata al mondo.",
        sources: [6, 7],
      },
      {
        en: "Strimvelis was developed at SR-Tiget and taken forward by GSK under a 2010 alliance between GSK, Ospedale San Raffaele and Telethon.",
        it: "Strimvelis è stata sviluppata all'SR-Tiget e portata avanti da GSK nell'ambito di un'alleanza del 2010 tra GSK, Ospedale San Raffaele e Telethon.",
        sources: [5, 7],
      },
      {
        en: "Strimvelis was the first γ-retroviral ex vivo gene therapy approved in the EU and the second EU-approved gene therapy overall.",
        it: "Strimvelis è stata la prima terapia genica ex vivo γ-retrovirale approvata nell'UE e la seconda terapia genica approvata nell'UE in assoluto.",
        sources: [8],
      },
      {
        en: "Clinical trials in Wiskott-Aldrich syndrome and metachromatic leukodystrophy were reported in two Science papers in 2013.",
        it: "Le sperimentazioni cliniche nella sindrome di Wiskott-Aldrich e nella leucodistrofia metacromatica sono state pubblicate in due articoli su Science nel 2013.",
        sources: [7],
      },
      {
        en: "The first academic laboratory in Europe certified as a GLP test facility.",
        it: "Il primo laboratorio accademico in Europa certificato come centro di saggio GLP.",
        sources: [3],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://research.hsr.it/en/institutes/san-raffaele-telethon-institute-for-gene-therapy/index.html",
        title: "San Raffaele research: San Raffaele Telethon Institute for Gene Therapy",
        kind: "official",
      },
      {
        n: 2,
        url: "https://aws.telethon.it/en/gli-istituti/san-raffaele-telethon-institute-for-gene-therapy/",
        title: "Fondazione Telethon: San Raffaele Telethon Institute for Gene Therapy",
        kind: "official",
      },
      {
        n: 3,
        url: "http://www.telethon.it/en/what-we-do/our-method/institutes/tiget",
        title: "Fondazione Telethon: institutes, TIGET",
        kind: "official",
      },
      {
        n: 4,
        url: "https://www.varesepolis.it/sanita-mercoledi-la-commissione-in-visita-al-sr-tiget-del-san-raffaele-46899.html",
        title: "VaresePolis: regional health commission visits SR-Tiget",
        date: "2017",
        kind: "press",
      },
      {
        n: 5,
        url: "https://www.fondazionesanraffaele.it/news/opinione-positiva-del-chmp-per-strimvelistm-prima-terapia-genica-per-il-trattamento-dellada-scid/",
        title: "Fondazione San Raffaele: positive CHMP opinion for Strimvelis",
        kind: "official",
      },
      {
        n: 6,
        url: "https://tuttoperlei.it/2016/06/01/dallue-il-via-libera-alla-prima-cura-a-base-di-cellule-staminali-contro-una-rara-malattia-l%ca%bcada-scid",
        title: "Tutto per Lei: EU approval for the first stem-cell-based cure for ADA-SCID",
        date: "2016-06-01",
        kind: "press",
      },
      {
        n: 7,
        url: "https://daybreakfoundation.org/gene-therapy",
        title: "Daybreak Foundation: gene therapy",
        kind: "aggregator",
      },
      {
        n: 8,
        url: "https://discovery.researcher.life/article/investor-outlook-rising-from-the-ashes-gsk-s-european-approval-of-strimvelis-for-ada-scid/57ef779d29b23a1697c09a45a295b2b2",
        title: "Investor Outlook: GSK's European approval of Strimvelis for ADA-SCID (article record)",
        kind: "academic",
      },
    ],
    opportunities: [
      {
        key: "sr-tiget-ada-scid-gene-therapy-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Gene therapy for primary immunodeficiencies (ADA-SCID) joint research",
        titleIt: "Ricerca congiunta sulla terapia genica delle immunodeficienze primitive (ADA-SCID)",
        descriptionEn:
          "A joint-research stay with the groups working on gene therapy for primary immunodeficiencies at the institute where Strimvelis for ADA-SCID was developed. Visitors contribute to preclinical or clinical follow-up studies of haematopoietic stem-cell gene therapy. Projects are agreed with the host laboratory before arrival.",
        descriptionIt:
          "Soggiorno di ricerca congiunta con i gruppi che lavorano sulla terapia genica delle immunodeficienze primitive, nell'istituto in cui è stata sviluppata Strimvelis per l'ADA-SCID. Si contribuisce a studi preclinici o di follow-up clinico della terapia genica con cellule staminali ematopoietiche. I progetti si concordano con il laboratorio ospitante prima dell'arrivo.",
        topics: [
          "gene-therapy",
          "ada-scid",
          "severe-combined-immunodeficiency",
          "primary-immunodeficiency-diseases",
          "lentiviral-gene-transfer",
        ],
        languages: [en("B2")],
        professions: ["RESEARCHER", "PHYSICIAN"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 90,
        maxDays: 180,
        windows: [w("02-01", "12-17")],
        deadline: "05-31",
        questions: [
          {
            en: "Summarise your experience with haematopoietic stem cells, viral vectors or immunodeficiency patients.",
            it: "Riassuma la sua esperienza con cellule staminali ematopoietiche, vettori virali o pazienti con immunodeficienza.",
          },
        ],
      },
      {
        key: "sr-tiget-leukodystrophy-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Leukodystrophy and lysosomal storage disease gene therapy joint research",
        titleIt: "Ricerca congiunta sulla terapia genica di leucodistrofie e malattie da accumulo lisosomiale",
        descriptionEn:
          "Join research on gene therapy for leukodystrophies and lysosomal storage diseases, an area in which the institute ran clinical trials in metachromatic leukodystrophy. Visitors work on preclinical models, vector development or patient follow-up data. Suited to neurologists, paediatricians and laboratory scientists.",
        descriptionIt:
          "Partecipazione alla ricerca sulla terapia genica di leucodistrofie e malattie da accumulo lisosomiale, un ambito in cui l'istituto ha condotto sperimentazioni cliniche nella leucodistrofia metacromatica. Si lavora su modelli preclinici, sviluppo di vettori o dati di follow-up dei pazienti. Adatto a neurologi, pediatri e ricercatori di laboratorio.",
        topics: ["metachromatic-leukodystrophy", "leukodystrophies", "lysosomal-storage-diseases", "gene-therapy"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "PHYSICIAN"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 60,
        maxDays: 180,
        windows: [w("03-01", "12-17")],
      },
      {
        key: "sr-tiget-gene-therapy-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Gene transfer and gene editing doctoral exchange",
        titleIt: "Scambio dottorale su trasferimento genico ed editing genomico",
        descriptionEn:
          "A doctoral exchange for PhD candidates working on lentiviral gene transfer, gene editing or in vivo gene therapy. Candidates spend a term in an SR-Tiget laboratory on a project linked to their thesis. Places are offered in spring and autumn cohorts.",
        descriptionIt:
          "Scambio per dottorandi che lavorano su trasferimento genico lentivirale, editing genomico o terapia genica in vivo. Il dottorando trascorre un periodo in un laboratorio dell'SR-Tiget su un progetto legato alla tesi. I posti sono organizzati in un gruppo primaverile e uno autunnale.",
        topics: ["gene-therapy", "lentiviral-gene-transfer", "gene-editing"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 4,
        minDays: 90,
        maxDays: 120,
        cohorts: [cohort("spring", "Spring", "02-15", "06-11", 4), cohort("autumn", "Autumn", "09-06", "12-17", 4)],
        deadline: "01-15",
        questions: [
          {
            en: "What is the topic of your doctoral thesis, and which techniques do you already master?",
            it: "Qual è l'argomento della sua tesi di dottorato e quali tecniche padroneggia già?",
          },
          {
            en: "Name your doctoral supervisor and home institution.",
            it: "Indichi il suo supervisore di dottorato e l'istituzione di appartenenza.",
          },
        ],
      },
      {
        key: "sr-tiget-clinical-gene-therapy-observership",
        type: "OBSERVERSHIP",
        titleEn: "Clinical gene therapy observership",
        titleIt: "Observership in terapia genica clinica",
        descriptionEn:
          "A short observership with the institute's clinical research team, which has run gene therapy trials in Wiskott-Aldrich syndrome and metachromatic leukodystrophy. Visitors follow patient work-up, treatment and long-term follow-up visits. Suited to paediatricians, haematologists, immunologists and research nurses.",
        descriptionIt:
          "Breve observership con il gruppo di ricerca clinica dell'istituto, che ha condotto sperimentazioni di terapia genica nella sindrome di Wiskott-Aldrich e nella leucodistrofia metacromatica. Si seguono valutazione dei pazienti, trattamento e visite di follow-up a lungo termine. Adatto a pediatri, ematologi, immunologi e infermieri di ricerca.",
        topics: ["gene-therapy", "wiskott-aldrich-syndrome", "metachromatic-leukodystrophy", "clinical-trials"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "NURSE"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 1,
        minDays: 5,
        maxDays: 20,
        windows: [w("02-08", "05-28"), w("09-20", "11-26")],
      },
    ],
  },

  {
    slug: "pavia-neuroscience",
    name: "Dipartimento Funzionale Interaziendale Sperimentale Neuroscienze",
    nameIt: "Dipartimento Funzionale Interaziendale Sperimentale Neuroscienze",
    kind: "DEPARTMENT_NETWORK",
    city: "Pavia",
    address: null,
    website: null,
    irccs: null,
    descriptionEn:
      "The Dipartimento Funzionale Interaziendale Sperimentale Neuroscienze is an experimental, cross-institution functional department in Pavia, not a legal entity. It brings together Fondazione IRCCS Policlinico San Matteo, IRCCS Mondino, IRCCS Maugeri, CNAO and ASST Pavia to integrate their skills, staff and technology for diseases of the central and peripheral nervous system and of the sense organs, including emergencies. A related facility is the 12-bed level-II Stroke Unit at San Matteo, opened in 2017 under an agreement between San Matteo and Mondino.",
    descriptionIt:
      "Il Dipartimento Funzionale Interaziendale Sperimentale Neuroscienze è un dipartimento funzionale sperimentale interaziendale di Pavia, senza personalità giuridica. Riunisce Fondazione IRCCS Policlinico San Matteo, IRCCS Mondino, IRCCS Maugeri, CNAO e ASST Pavia per integrarne competenze, personale e tecnologie nella gestione delle malattie del sistema nervoso centrale e periferico e degli organi di senso, comprese le emergenze. Una struttura collegata è la Stroke Unit di II livello del San Matteo, con 12 letti, aperta nel 2017 in base a un accordo tra San Matteo e Mondino.",
    languages: [],
    topics: ["neurosciences", "nervous-system-diseases", "stroke", "cerebrovascular-disorders", "emergency-care"],
    facts: [
      {
        en: "An experimental, cross-institution functional department, not a legal entity; the same text also calls it “Dipartimento Interaziendale di Neuroscienze”.",
        it: "Dipartimento funzionale sperimentale interaziendale, senza personalità giuridica; lo stesso testo lo chiama anche “Dipartimento Interaziendale di Neuroscienze”.",
        sources: [1],
      },
      {
        en: "Member institutions: Fondazione IRCCS Policlinico San Matteo, IRCCS Mondino, IRCCS Maugeri, CNAO and ASST Pavia.",
        it: "Enti aderenti: Fondazione IRCCS Policlinico San Matteo, IRCCS Mondino, IRCCS Maugeri, CNAO e ASST Pavia.",
        sources: [1],
      },
      {
        en: "Mission: to integrate the skills, staff and technology of the member institutions to manage diseases of the central and peripheral nervous system and of the sense organs, including emergencies.",
        it: "Missione: integrare competenze, personale e tecnologie degli enti aderenti nella gestione delle malattie del sistema nervoso centrale e periferico e degli organi di senso, comprese le emergenze.",
        sources: [1],
      },
      {
        en: "Headed ad interim by Dr.ssa Alba Muzzi at the time of the stored page.",
        it: "Diretto ad interim dalla Dr.ssa Alba Muzzi al momento della pagina archiviata.",
        sources: [1],
      },
      {
        en: "Related facility: a level-II Stroke Unit with 12 beds at Viale Golgi 19, Pavia (San Matteo), opened in 2017 under an agreement between San Matteo and Mondino; it is the hub for the level-I stroke units of Pavia province.",
        it: "Struttura collegata: una Stroke Unit di II livello con 12 letti in Viale Golgi 19 a Pavia (San Matteo), aperta nel 2017 in base a un accordo tra San Matteo e Mondino; è l'hub delle stroke unit di I livello della provincia di Pavia.",
        sources: [2, 3],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://sanmatteo.org/site/home/il-san-matteo/mappa-e-viabilita-interna/mappa-generale-del-policlinico/articolo5397.html",
        title: "Policlinico San Matteo: Dipartimento Interaziendale di Neuroscienze",
        kind: "official",
      },
      {
        n: 2,
        url: "https://www.sanmatteo.org/strutture/ssd-stroke-unit",
        title: "Policlinico San Matteo: SSD Stroke Unit",
        kind: "official",
      },
      {
        n: 3,
        url: "https://www.mondino.it/stroke-unit-ii-livello-cura-ictus-pavia/",
        title: "Fondazione Mondino: level-II Stroke Unit, Pavia",
        kind: "official",
      },
    ],
    opportunities: [
      {
        key: "pavia-neuroscience-stroke-unit-observership",
        type: "OBSERVERSHIP",
        titleEn: "Stroke unit observership",
        titleIt: "Observership in stroke unit",
        descriptionEn:
          "Observe acute stroke care in the 12-bed level-II Stroke Unit at San Matteo, opened under an agreement between San Matteo and Mondino and the hub for the province's level-I stroke units. Visitors follow acute assessment, reperfusion decisions, ward rounds and the hub-and-spoke network. Suited to neurologists, emergency physicians and stroke nurses.",
        descriptionIt:
          "Osservazione della cura dell'ictus acuto nella Stroke Unit di II livello da 12 letti del San Matteo, aperta in base a un accordo tra San Matteo e Mondino e hub delle stroke unit di I livello della provincia. Si seguono valutazione in acuto, decisioni sulla riperfusione, giri visita e rete hub-and-spoke. Adatto a neurologi, medici d'urgenza e infermieri di stroke unit.",
        topics: ["stroke", "cerebrovascular-disorders", "emergency-care"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "NURSE"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 2,
        minDays: 10,
        maxDays: 30,
        windows: [w("01-25", "05-28"), w("09-13", "12-17")],
        questions: [
          {
            en: "How are acute stroke patients managed in your hospital today?",
            it: "Come vengono gestiti oggi i pazienti con ictus acuto nel suo ospedale?",
          },
        ],
      },
      {
        key: "pavia-neuroscience-stroke-nursing-visit",
        type: "CLINICAL_VISIT",
        titleEn: "Stroke nursing clinical visit",
        titleIt: "Visita clinica per infermieri in stroke unit",
        descriptionEn:
          "A clinical visit for nurses in the level-II Stroke Unit at San Matteo. Visitors take part in neurological monitoring, dysphagia screening, early mobilisation and discharge planning alongside the nursing team. Italian is required for work with patients.",
        descriptionIt:
          "Visita clinica per infermieri nella Stroke Unit di II livello del San Matteo. Si partecipa, con il personale infermieristico, a monitoraggio neurologico, screening della disfagia, mobilizzazione precoce e pianificazione delle dimissioni. È richiesto l'italiano per il lavoro con i pazienti.",
        topics: ["stroke", "cerebrovascular-disorders", "nursing"],
        languages: [it("B1")],
        professions: ["NURSE"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 1,
        minDays: 14,
        maxDays: 30,
        windows: [w("03-01", "06-25"), w("10-04", "12-10")],
      },
      {
        key: "pavia-neuroscience-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Cross-institution neuroscience joint research",
        titleIt: "Ricerca congiunta interaziendale in neuroscienze",
        descriptionEn:
          "A joint-research stay across the department's member institutions, which include three IRCCS (Policlinico San Matteo, Mondino and Maugeri), ASST Pavia and the CNAO hadrontherapy centre. Visitors work on a clinical or technological project on nervous-system diseases agreed with the hosting group. English is the working language.",
        descriptionIt:
          "Soggiorno di ricerca congiunta tra gli enti del dipartimento, che comprendono tre IRCCS (Policlinico San Matteo, Mondino e Maugeri), l'ASST di Pavia e il centro di adroterapia CNAO. Si lavora su un progetto clinico o tecnologico sulle malattie del sistema nervoso concordato con il gruppo ospitante. La lingua di lavoro è l'inglese.",
        topics: ["neurosciences", "nervous-system-diseases", "translational-research"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "PHYSICIAN", "BIOMEDICAL_ENGINEER", "DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 60,
        maxDays: 180,
        windows: [w("02-01", "12-17")],
      },
    ],
  },

  {
    slug: "fondazione-mondino",
    name: "IRCCS Fondazione Mondino",
    nameIt: "IRCCS Fondazione Mondino",
    kind: "IRCCS_HOSPITAL",
    city: "Pavia",
    address: "Via Mondino 2, Pavia",
    website: "https://www.mondino.it",
    irccs: true,
    descriptionEn:
      "Fondazione Mondino in Pavia has been an IRCCS for nervous-system diseases since 1973. Its areas include stroke and cerebrovascular disease, Parkinson's disease, Alzheimer's disease, motor-neuron disease, multiple sclerosis, headache, epilepsy and child neuropsychiatry, and it belongs to the EpiCARE European Reference Network. It is a member of Pavia's cross-institution neuroscience department, and the level-II Stroke Unit at San Matteo opened in 2017 under an agreement between San Matteo and Mondino.",
    descriptionIt:
      "La Fondazione Mondino di Pavia è IRCCS per le malattie del sistema nervoso dal 1973. Tra le sue aree figurano ictus e malattie cerebrovascolari, malattia di Parkinson, malattia di Alzheimer, malattie del motoneurone, sclerosi multipla, cefalee, epilessia e neuropsichiatria infantile, e fa parte della Rete di riferimento europea EpiCARE. Aderisce al dipartimento interaziendale di neuroscienze di Pavia; la Stroke Unit di II livello del San Matteo è stata aperta nel 2017 in base a un accordo tra San Matteo e Mondino.",
    languages: [],
    topics: [
      "neurosciences",
      "nervous-system-diseases",
      "stroke",
      "cerebrovascular-disorders",
      "parkinson-disease",
      "alzheimer-disease",
      "motor-neuron-disease",
      "multiple-sclerosis",
      "headache-disorders",
      "epilepsy",
      "neurodegenerative-diseases",
    ],
    facts: [
      {
        en: "An IRCCS for nervous-system diseases since 1973.",
        it: "IRCCS per le malattie del sistema nervoso dal 1973.",
        sources: [4, 5],
      },
      { en: "Address: Via Mondino 2, Pavia.", it: "Indirizzo: Via Mondino 2, Pavia.", sources: [4] },
      {
        en: "Areas: stroke and cerebrovascular disease; Parkinson's, Alzheimer's and motor-neuron disease; multiple sclerosis; headache; epilepsy; child neuropsychiatry.",
        it: "Aree: ictus e malattie cerebrovascolari; malattia di Parkinson, malattia di Alzheimer e malattie del motoneurone; sclerosi multipla; cefalee; epilessia; neuropsichiatria infantile.",
        sources: [4],
      },
      {
        en: "A member of the EpiCARE European Reference Network.",
        it: "Membro della Rete di riferimento europea EpiCARE.",
        sources: [4],
      },
      {
        en: "A member institution of Pavia's Dipartimento Funzionale Interaziendale Sperimentale Neuroscienze.",
        it: "Ente aderente al Dipartimento Funzionale Interaziendale Sperimentale Neuroscienze di Pavia.",
        sources: [1],
      },
      {
        en: "The level-II Stroke Unit (12 beds, Viale Golgi 19, Pavia) opened in 2017 under an agreement between San Matteo and Mondino.",
        it: "La Stroke Unit di II livello (12 letti, Viale Golgi 19, Pavia) è stata aperta nel 2017 in base a un accordo tra San Matteo e Mondino.",
        sources: [2, 3],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://sanmatteo.org/site/home/il-san-matteo/mappa-e-viabilita-interna/mappa-generale-del-policlinico/articolo5397.html",
        title: "Policlinico San Matteo: Dipartimento Interaziendale di Neuroscienze",
        kind: "official",
      },
      {
        n: 2,
        url: "https://www.sanmatteo.org/strutture/ssd-stroke-unit",
        title: "Policlinico San Matteo: SSD Stroke Unit",
        kind: "official",
      },
      {
        n: 3,
        url: "https://www.mondino.it/stroke-unit-ii-livello-cura-ictus-pavia/",
        title: "Fondazione Mondino: level-II Stroke Unit, Pavia",
        kind: "official",
      },
      {
        n: 4,
        url: "https://retepediatricaidea.it/soci/irccs-fondazione-mondino/",
        title: "Rete pediatrica IDEA: IRCCS Fondazione Mondino",
        kind: "society",
      },
      {
        n: 5,
        url: "https://www.mondino.it/english/the-foundation/history-future/",
        title: "Fondazione Mondino: history and future",
        kind: "official",
      },
    ],
    opportunities: [
      {
        key: "mondino-headache-observership",
        type: "OBSERVERSHIP",
        titleEn: "Headache disorders observership",
        titleIt: "Observership sulle cefalee",
        descriptionEn:
          "Observe the diagnosis and treatment of primary and secondary headaches at an IRCCS for nervous-system diseases. Visitors attend specialist outpatient clinics and case discussions. Suited to neurologists and neurology residents.",
        descriptionIt:
          "Osservazione della diagnosi e della terapia delle cefalee primarie e secondarie in un IRCCS per le malattie del sistema nervoso. Si partecipa agli ambulatori specialistici e alle discussioni dei casi. Adatto a neurologi e specializzandi in neurologia.",
        topics: ["headache-disorders", "migraine-disorders", "nervous-system-diseases"],
        languages: [en("B2")],
        professions: ["PHYSICIAN"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 10,
        maxDays: 30,
        windows: [w("02-01", "05-28"), w("09-20", "11-26")],
      },
      {
        key: "mondino-epilepsy-clinical-visit",
        type: "CLINICAL_VISIT",
        titleEn: "Epilepsy clinical visit",
        titleIt: "Visita clinica sull'epilessia",
        descriptionEn:
          "A clinical visit in epilepsy care at a member of the EpiCARE European Reference Network. Visitors take part in outpatient clinics, EEG and video-EEG review and multidisciplinary discussions. Italian is required because visitors work directly with patients and families.",
        descriptionIt:
          "Visita clinica sull'epilessia in un membro della Rete di riferimento europea EpiCARE. Si partecipa ad ambulatori, refertazione EEG e video-EEG e discussioni multidisciplinari. È richiesto l'italiano perché si lavora direttamente con pazienti e famiglie.",
        topics: ["epilepsy", "nervous-system-diseases"],
        languages: [it("B1")],
        professions: ["PHYSICIAN"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 1,
        minDays: 30,
        maxDays: 60,
        windows: [w("03-01", "07-16"), w("09-13", "12-17")],
        deadline: "01-31",
      },
      {
        key: "mondino-neurodegeneration-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Neurodegenerative and demyelinating disease joint research",
        titleIt: "Ricerca congiunta sulle malattie neurodegenerative e demielinizzanti",
        descriptionEn:
          "A joint-research stay on Parkinson's disease, Alzheimer's disease, motor-neuron disease or multiple sclerosis, all documented areas of the institute. Visitors join a clinical or laboratory group on a project agreed before arrival. English is the working language.",
        descriptionIt:
          "Soggiorno di ricerca congiunta su malattia di Parkinson, malattia di Alzheimer, malattie del motoneurone o sclerosi multipla, tutte aree documentate dell'istituto. Si entra in un gruppo clinico o di laboratorio su un progetto concordato prima dell'arrivo. La lingua di lavoro è l'inglese.",
        topics: [
          "neurodegenerative-diseases",
          "parkinson-disease",
          "alzheimer-disease",
          "motor-neuron-disease",
          "multiple-sclerosis",
        ],
        languages: [en("B2")],
        professions: ["RESEARCHER", "PHYSICIAN", "DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 60,
        maxDays: 180,
        windows: [w("02-15", "12-17")],
      },
    ],
  },

  // ───────────────────────────── Simulation centres (notes, section 3) ─────────────────────────────
  {
    slug: "mario-luzzatto-simulation-center",
    name: "Mario Luzzatto Simulation Center",
    nameIt: "Mario Luzzatto Simulation Center",
    kind: "SIMULATION_CENTRE",
    city: "Rozzano (Milan)",
    address: null,
    website: null,
    irccs: null,
    parentSlug: "humanitas-university",
    descriptionEn:
      "The Mario Luzzatto Simulation Center of Humanitas University stands on the university campus behind the Humanitas hospital in Rozzano. It covers more than 2,000 m², with 3 high-fidelity rooms, 2 low/medium-fidelity rooms and an anatomy lab with 8 dissection tables. SIMMED, the Italian Society for Simulation in Medicine, lists it among the 7 simulation centres in Lombardy.",
    descriptionIt:
      "Il Mario Luzzatto Simulation Center di Humanitas University si trova nel campus universitario alle spalle dell'ospedale Humanitas di Rozzano. Occupa oltre 2.000 m², con 3 sale ad alta fedeltà, 2 sale a bassa/media fedeltà e un laboratorio di anatomia con 8 tavoli settori. La SIMMED, Società Italiana di Simulazione in Medicina, lo include tra i 7 centri di simulazione della Lombardia.",
    languages: [],
    topics: ["simulation-training", "patient-simulation", "anatomy-dissection"],
    facts: [
      {
        en: "Listed by SIMMED (the Italian Society for Simulation in Medicine) among the 7 simulation centres in Lombardy.",
        it: "Elencato dalla SIMMED (Società Italiana di Simulazione in Medicina) tra i 7 centri di simulazione della Lombardia.",
        sources: [1],
      },
      {
        en: "Located on the Humanitas University campus, behind the hospital in Rozzano.",
        it: "Si trova nel campus di Humanitas University, alle spalle dell'ospedale di Rozzano.",
        sources: [3],
      },
      {
        en: "More than 2,000 m², with 3 high-fidelity rooms and 2 low/medium-fidelity rooms.",
        it: "Oltre 2.000 m², con 3 sale ad alta fedeltà e 2 sale a bassa/media fedeltà.",
        sources: [2, 3],
      },
      {
        en: "Includes an anatomy lab with 8 dissection tables.",
        it: "Comprende un laboratorio di anatomia con 8 tavoli settori.",
        sources: [2],
      },
      {
        en: "Named after Mario Luzzatto.",
        it: "Intitolato a Mario Luzzatto.",
        sources: [2, 3],
      },
    ],
    sources: [
      SIMMED_SOURCE,
      {
        n: 2,
        url: "https://true-news.it/pharma/il-simulation-center-di-humanitas-tra-reale-e-virtuale-cosi-cresce-la-didattica",
        title: "True News: the Humanitas Simulation Center between real and virtual",
        kind: "press",
      },
      {
        n: 3,
        url: "http://milano.corriere.it/notizie/cronaca/17_novembre_15/milano-laboratori-musica-webcam-l-humanitas-riforma-campus-1c0c1f26-c971-11e7-8a54-e86623f761be.shtml",
        title: "Corriere della Sera Milano: Humanitas reforms its campus",
        date: "2017-11-15",
        kind: "press",
      },
    ],
    opportunities: [
      {
        key: "luzzatto-critical-care-simulation-course",
        type: "SIMULATION_PROGRAMME",
        titleEn: "High-fidelity acute and critical care simulation course",
        titleIt: "Corso di simulazione ad alta fedeltà in area critica",
        descriptionEn:
          "A short course in the centre's high-fidelity rooms, built on scenario-based training in acute deterioration, resuscitation and crisis resource management. Each scenario is followed by a structured debriefing. Designed for mixed teams of physicians and nurses.",
        descriptionIt:
          "Corso breve nelle sale ad alta fedeltà del centro, basato su scenari di deterioramento acuto, rianimazione e gestione delle risorse in situazioni di crisi. Ogni scenario è seguito da un debriefing strutturato. Pensato per équipe miste di medici e infermieri.",
        topics: ["simulation-training", "patient-simulation", "critical-care", "cardiopulmonary-resuscitation"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "NURSE"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 12,
        minDays: 3,
        maxDays: 5,
        cohorts: [cohort("march", "March", "03-15", "03-19", 12), cohort("october", "October", "10-11", "10-15", 12)],
        deadline: "02-15",
      },
      {
        key: "luzzatto-anatomy-dissection-course",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Surgical anatomy dissection course",
        titleIt: "Corso di dissezione di anatomia chirurgica",
        descriptionEn:
          "A hands-on surgical anatomy course in the centre's anatomy lab, which has 8 dissection tables. Participants work in small groups on regional anatomy and approaches relevant to their specialty, guided by anatomists and surgeons. Places match the number of tables.",
        descriptionIt:
          "Corso pratico di anatomia chirurgica nel laboratorio di anatomia del centro, dotato di 8 tavoli settori. I partecipanti lavorano in piccoli gruppi su anatomia regionale e vie d'accesso utili alla propria specialità, guidati da anatomisti e chirurghi. I posti corrispondono al numero di tavoli.",
        topics: ["anatomy-dissection", "simulation-training"],
        languages: [en("B2")],
        professions: ["SURGEON"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 8,
        minDays: 2,
        maxDays: 4,
        cohorts: [cohort("may", "May", "05-10", "05-13", 8)],
        questions: [
          {
            en: "Which surgical specialty are you training in, and which regions would you like to dissect?",
            it: "In quale specialità chirurgica si sta formando e quali distretti vorrebbe dissezionare?",
          },
        ],
      },
    ],
  },

  {
    slug: "centro-simulazione-mangiagalli",
    name: "Centro Simulazione Mangiagalli",
    nameIt: "Centro Simulazione Mangiagalli",
    kind: "SIMULATION_CENTRE",
    city: "Milan",
    address: null,
    website: null,
    irccs: null,
    descriptionEn:
      "Centro Simulazione Mangiagalli is a medical simulation centre in Milan. SIMMED, the Italian Society for Simulation in Medicine, lists it among the 7 simulation centres in Lombardy; no further details are confirmed in the sources used for this catalogue.",
    descriptionIt:
      "Il Centro Simulazione Mangiagalli è un centro di simulazione medica di Milano. La SIMMED, Società Italiana di Simulazione in Medicina, lo include tra i 7 centri di simulazione della Lombardia; le fonti usate per questo catalogo non confermano altri dettagli.",
    languages: [],
    topics: ["simulation-training"],
    facts: [
      {
        en: "Listed by SIMMED (the Italian Society for Simulation in Medicine) among the 7 simulation centres in Lombardy.",
        it: "Elencato dalla SIMMED (Società Italiana di Simulazione in Medicina) tra i 7 centri di simulazione della Lombardia.",
        sources: [1],
      },
    ],
    sources: [SIMMED_SOURCE],
    opportunities: [
      {
        key: "mangiagalli-simulation-team-training",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Simulation-based team training",
        titleIt: "Formazione in team basata sulla simulazione",
        descriptionEn:
          "An example short course of scenario-based team training with structured debriefing. Content and scenarios are agreed with the centre according to the participants' specialties. Open to physicians, nurses and midwives.",
        descriptionIt:
          "Esempio di corso breve di formazione in team basata su scenari, con debriefing strutturato. Contenuti e scenari si concordano con il centro in base alle specialità dei partecipanti. Aperto a medici, infermieri e ostetriche.",
        topics: ["simulation-training", "patient-simulation"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "NURSE", "OTHER"],
        careerStages: [],
        seats: 4,
        minDays: 2,
        maxDays: 5,
        windows: [w("03-01", "06-30"), w("09-13", "11-26")],
      },
    ],
  },

  {
    slug: "policlinico-csp-training-center",
    name: "Policlinico C.S.P. Training Center – Simulation Centre",
    nameIt: "Centro di Simulazione Policlinico C.S.P. Training Center",
    kind: "SIMULATION_CENTRE",
    city: "Milan",
    address: "Via Pace 9, Milano",
    website: null,
    irccs: null,
    parentSlug: "policlinico-milano",
    descriptionEn:
      "The C.S.P. Training Center is the simulation centre of the Fondazione IRCCS Ca' Granda Ospedale Maggiore Policlinico in Milan, opened in May 2025 in Via Pace 9. It focuses on the maternal–child area, has a paediatric laparoscopic simulator and can turn real operations into metaverse and virtual-reality content.",
    descriptionIt:
      "Il C.S.P. Training Center è il centro di simulazione della Fondazione IRCCS Ca' Granda Ospedale Maggiore Policlinico di Milano, aperto nel maggio 2025 in Via Pace 9. È dedicato all'area materno-infantile, dispone di un simulatore di laparoscopia pediatrica e può trasformare interventi reali in contenuti per metaverso e realtà virtuale.",
    languages: [],
    topics: [
      "simulation-training",
      "surgical-simulation",
      "virtual-reality-simulation",
      "laparoscopy",
      "pediatric-surgery",
      "obstetrics",
      "pediatrics",
    ],
    facts: [
      {
        en: "Address: Via Pace 9, Milan.",
        it: "Indirizzo: Via Pace 9, Milano.",
        sources: [4, 5],
      },
      { en: "Opened in May 2025.", it: "Aperto nel maggio 2025.", sources: [4, 5] },
      {
        en: "Focused on the maternal–child area.",
        it: "Dedicato all'area materno-infantile.",
        sources: [4, 5],
      },
      {
        en: "Has a paediatric laparoscopic simulator.",
        it: "Dispone di un simulatore di laparoscopia pediatrica.",
        sources: [4, 5],
      },
      {
        en: "Can turn real operations into metaverse/virtual-reality content.",
        it: "Può trasformare interventi reali in contenuti per metaverso/realtà virtuale.",
        sources: [4, 5],
      },
    ],
    sources: [
      {
        n: 4,
        url: "https://www.ilgiorno.it/salute/policlinico-simulatore-j8dp0bof",
        title: "Il Giorno: the Policlinico simulator",
        date: "2025-05-08",
        kind: "press",
      },
      {
        n: 5,
        url: "https://www.tecnicaospedaliera.it/inaugurato-a-milano-il-centro-di-simulazione-policlinico-c-s-p-training-center",
        title: "Tecnica Ospedaliera: Policlinico C.S.P. Training Center inaugurated in Milan",
        kind: "press",
      },
    ],
    opportunities: [
      {
        key: "csp-paediatric-laparoscopy-simulation",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Paediatric laparoscopic surgery simulation programme",
        titleIt: "Programma di simulazione in chirurgia laparoscopica pediatrica",
        descriptionEn:
          "A short simulation programme on the centre's paediatric laparoscopic simulator, combining basic skills drills with procedure-specific modules. Participants can review recorded real operations in virtual reality before practising. Designed for paediatric surgery trainees and young paediatric surgeons.",
        descriptionIt:
          "Breve programma di simulazione sul simulatore di laparoscopia pediatrica del centro, con esercizi di abilità di base e moduli dedicati a singole procedure. Prima delle esercitazioni i partecipanti possono rivedere in realtà virtuale interventi reali registrati. Pensato per specializzandi e giovani chirurghi pediatrici.",
        topics: ["laparoscopy", "pediatric-surgery", "surgical-simulation", "virtual-reality-simulation"],
        languages: [en("B2")],
        professions: ["SURGEON"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 6,
        minDays: 3,
        maxDays: 5,
        cohorts: [cohort("february", "February", "02-22", "02-26", 6), cohort("june", "June", "06-14", "06-18", 6)],
        deadline: "01-31",
        questions: [
          {
            en: "How many laparoscopic procedures have you performed or assisted in?",
            it: "A quante procedure laparoscopiche ha partecipato come operatore o assistente?",
          },
        ],
      },
      {
        key: "csp-maternal-child-emergency-simulation",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Maternal–child emergency simulation for nurses and midwives",
        titleIt: "Simulazione delle emergenze materno-infantili per infermieri e ostetriche",
        descriptionEn:
          "Scenario-based training on obstetric and neonatal emergencies at a simulation centre focused on the maternal–child area. Sessions are run in Italian with the hospital's own teams, so working Italian is required. For nurses and midwives.",
        descriptionIt:
          "Formazione basata su scenari di emergenze ostetriche e neonatali in un centro di simulazione dedicato all'area materno-infantile. Le sessioni si svolgono in italiano con le équipe dell'ospedale, quindi è richiesta una conoscenza operativa dell'italiano. Per infermieri e ostetriche.",
        topics: ["simulation-training", "obstetrics", "neonatology", "emergency-care", "nursing"],
        languages: [it("B1")],
        professions: ["NURSE", "OTHER"],
        careerStages: ["STUDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 4,
        minDays: 2,
        maxDays: 5,
        windows: [w("03-01", "05-28"), w("10-04", "12-03")],
      },
    ],
  },

  {
    slug: "irtec-areu",
    name: "IR&Tec-AREU",
    nameIt: "IR&Tec-AREU",
    kind: "SIMULATION_CENTRE",
    city: "Milan",
    address: null,
    website: null,
    irccs: null,
    descriptionEn:
      "IR&Tec-AREU is a medical simulation centre in Milan linked to AREU, Lombardy's regional emergency agency. SIMMED, the Italian Society for Simulation in Medicine, lists it among the 7 simulation centres in Lombardy; no further details are confirmed in the sources used for this catalogue.",
    descriptionIt:
      "IR&Tec-AREU è un centro di simulazione medica di Milano legato ad AREU, l'agenzia regionale lombarda dell'emergenza-urgenza. La SIMMED, Società Italiana di Simulazione in Medicina, lo include tra i 7 centri di simulazione della Lombardia; le fonti usate per questo catalogo non confermano altri dettagli.",
    languages: [],
    topics: ["simulation-training", "emergency-care"],
    facts: [
      {
        en: "Listed by SIMMED (the Italian Society for Simulation in Medicine) among the 7 simulation centres in Lombardy; AREU is the regional emergency agency.",
        it: "Elencato dalla SIMMED (Società Italiana di Simulazione in Medicina) tra i 7 centri di simulazione della Lombardia; AREU è l'agenzia regionale dell'emergenza-urgenza.",
        sources: [1],
      },
    ],
    sources: [SIMMED_SOURCE],
    opportunities: [
      {
        key: "irtec-areu-prehospital-emergency-simulation",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Prehospital emergency simulation course",
        titleIt: "Corso di simulazione dell'emergenza preospedaliera",
        descriptionEn:
          "An example course of scenario-based training in prehospital emergency care, from dispatch to handover at the emergency department. Teams practise trauma, cardiac arrest and mass-casualty scenarios with structured debriefing. Open to emergency physicians, nurses and paramedics.",
        descriptionIt:
          "Esempio di corso di formazione su scenari di emergenza preospedaliera, dalla centrale operativa al passaggio di consegne in pronto soccorso. Le squadre si esercitano su scenari di trauma, arresto cardiaco e maxi-emergenza con debriefing strutturato. Aperto a medici d'urgenza, infermieri e soccorritori.",
        topics: ["simulation-training", "emergency-care", "cardiopulmonary-resuscitation"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "NURSE", "OTHER"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 10,
        minDays: 3,
        maxDays: 5,
        cohorts: [cohort("april", "April", "04-19", "04-23", 10)],
      },
    ],
  },

  {
    slug: "besta-neurosim",
    name: "Besta NeuroSim Center",
    nameIt: "Besta NeuroSim Center",
    kind: "SIMULATION_CENTRE",
    city: "Milan",
    address: "Via Celoria 11, Milano",
    website: null,
    irccs: null,
    descriptionEn:
      "The Besta NeuroSim Center is a neurosurgical simulation centre at Fondazione IRCCS Istituto Neurologico Carlo Besta in Milan. It has 3 neurosimulators (NeuroTouch, ImmersiveTouch and Surgical Theater) and a 3D anatomy visualiser (Virtual Proteins). Press in 2017 described it as the first neurological training and simulation centre in Europe.",
    descriptionIt:
      "Il Besta NeuroSim Center è un centro di simulazione neurochirurgica della Fondazione IRCCS Istituto Neurologico Carlo Besta di Milano. Dispone di 3 neurosimulatori (NeuroTouch, ImmersiveTouch e Surgical Theater) e di un visualizzatore anatomico 3D (Virtual Proteins). Nel 2017 la stampa lo ha descritto come il primo centro europeo di formazione e simulazione in neurologia.",
    languages: [],
    topics: ["neurosurgical-simulation", "simulation-training", "neurosurgical-procedures", "nervous-system-diseases"],
    facts: [
      {
        en: "A neurosurgical simulation centre at Fondazione IRCCS Istituto Neurologico Carlo Besta, Via Celoria 11, Milan.",
        it: "Centro di simulazione neurochirurgica della Fondazione IRCCS Istituto Neurologico Carlo Besta, Via Celoria 11, Milano.",
        sources: [6, 7],
      },
      {
        en: "Equipped with 3 neurosimulators (NeuroTouch, ImmersiveTouch, Surgical Theater) and a 3D anatomy visualiser (Virtual Proteins).",
        it: "Dotato di 3 neurosimulatori (NeuroTouch, ImmersiveTouch, Surgical Theater) e di un visualizzatore anatomico 3D (Virtual Proteins).",
        sources: [6, 7],
      },
      {
        en: "Described in 2017 press as the first neurological training and simulation centre in Europe.",
        it: "Descritto dalla stampa nel 2017 come il primo centro europeo di formazione e simulazione in neurologia.",
        sources: [6],
      },
    ],
    sources: [
      {
        n: 6,
        url: "http://www.liberoquotidiano.it/news/salute/13208303/l-evoluzione-delle-neuroscienze-leuropa-arriva-al-besta-di-milano.html",
        title: "Libero Quotidiano: the evolution of neuroscience, Europe comes to the Besta in Milan",
        date: "2017-07",
        kind: "press",
      },
      {
        n: 7,
        url: "https://www.agenzianova.com/a/5cee954aae3787.18986167/2463730/2019-05-29/lombardia-la-commissione-sanita-della-regione-in-visita-alla-fondazione-irccs-besta",
        title: "Agenzia Nova: regional health commission visits Fondazione IRCCS Besta",
        date: "2019-05-29",
        kind: "press",
      },
    ],
    opportunities: [
      {
        key: "besta-neurosim-neurosurgical-simulation",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Neurosurgical simulation programme",
        titleIt: "Programma di simulazione neurochirurgica",
        descriptionEn:
          "A hands-on programme on the centre's NeuroTouch, ImmersiveTouch and Surgical Theater neurosimulators. Participants rehearse cranial approaches and tumour resection steps and plan cases on patient-specific 3D reconstructions. For neurosurgery residents and young neurosurgeons.",
        descriptionIt:
          "Programma pratico sui neurosimulatori NeuroTouch, ImmersiveTouch e Surgical Theater del centro. I partecipanti provano vie d'accesso craniche e fasi di resezione tumorale e pianificano casi su ricostruzioni 3D specifiche del paziente. Per specializzandi e giovani neurochirurghi.",
        topics: ["neurosurgical-simulation", "neurosurgical-procedures"],
        languages: [en("B2")],
        professions: ["SURGEON"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 6,
        minDays: 3,
        maxDays: 5,
        cohorts: [cohort("march", "March", "03-08", "03-12", 6), cohort("november", "November", "11-15", "11-19", 6)],
        deadline: "02-01",
        questions: [
          {
            en: "Which year of neurosurgical training are you in, and which procedures would you like to rehearse?",
            it: "A quale anno di formazione neurochirurgica si trova e quali procedure vorrebbe provare?",
          },
        ],
      },
      {
        key: "besta-neurosim-3d-neuroanatomy-module",
        type: "SIMULATION_PROGRAMME",
        titleEn: "3D neuroanatomy and simulation technology module",
        titleIt: "Modulo su neuroanatomia 3D e tecnologie di simulazione",
        descriptionEn:
          "A short module for engineers and researchers on how neurosurgical simulators and 3D anatomy visualisation (Virtual Proteins) are used in training. Participants explore the systems with the centre's staff and discuss validation and development needs. Suited to biomedical engineers and simulation researchers.",
        descriptionIt:
          "Breve modulo per ingegneri e ricercatori su come si usano nella formazione i simulatori neurochirurgici e la visualizzazione anatomica 3D (Virtual Proteins). I partecipanti esplorano i sistemi con il personale del centro e discutono esigenze di validazione e sviluppo. Adatto a ingegneri biomedici e ricercatori nel campo della simulazione.",
        topics: ["neurosurgical-simulation", "simulation-training"],
        languages: [en("B2")],
        professions: ["BIOMEDICAL_ENGINEER", "RESEARCHER", "DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 2,
        maxDays: 5,
        windows: [w("02-01", "06-30")],
      },
    ],
  },

  {
    slug: "buzzi-paediatric-simulation-centre",
    name: "Paediatric Simulation Centre, Ospedale dei Bambini “Buzzi”",
    nameIt: "Centro di Simulazione Pediatrica, Ospedale dei Bambini “Buzzi”",
    kind: "SIMULATION_CENTRE",
    city: "Milan",
    address: null,
    website: null,
    irccs: null,
    descriptionEn:
      "A paediatric simulation centre at the Ospedale dei Bambini “Buzzi” in Milan, announced in May 2025. It is intended for training in neonatal, paediatric and obstetric emergencies.",
    descriptionIt:
      "Centro di simulazione pediatrica dell'Ospedale dei Bambini “Buzzi” di Milano, annunciato nel maggio 2025. È destinato alla formazione sulle emergenze neonatali, pediatriche e ostetriche.",
    languages: [],
    topics: ["simulation-training", "emergency-care", "neonatology", "pediatrics", "obstetrics"],
    facts: [
      {
        en: "Announced in May 2025, for training in neonatal, paediatric and obstetric emergencies.",
        it: "Annunciato nel maggio 2025, per la formazione sulle emergenze neonatali, pediatriche e ostetriche.",
        sources: [8],
      },
    ],
    sources: [
      {
        n: 8,
        url: "https://www.ilgiorno.it/salute/simulatore-buzzi-rkjti85p",
        title: "Il Giorno: the Buzzi simulator",
        date: "2025-05",
        kind: "press",
      },
    ],
    opportunities: [
      {
        key: "buzzi-neonatal-paediatric-emergency-simulation",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Neonatal and paediatric emergency simulation course",
        titleIt: "Corso di simulazione delle emergenze neonatali e pediatriche",
        descriptionEn:
          "An example course of scenario-based training in neonatal, paediatric and obstetric emergencies, the focus announced for this centre. Teams practise resuscitation and stabilisation scenarios followed by structured debriefing. The course depends on the centre being in operation by the cohort date.",
        descriptionIt:
          "Esempio di corso di formazione su scenari di emergenze neonatali, pediatriche e ostetriche, l'ambito annunciato per questo centro. Le équipe si esercitano su scenari di rianimazione e stabilizzazione seguiti da debriefing strutturato. Il corso dipende dall'effettiva operatività del centro alla data prevista.",
        topics: ["simulation-training", "emergency-care", "neonatology", "pediatrics", "cardiopulmonary-resuscitation"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "NURSE", "OTHER"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 8,
        minDays: 3,
        maxDays: 4,
        cohorts: [cohort("october", "October", "10-18", "10-21", 8)],
      },
    ],
  },

  {
    slug: "sfera-brescia",
    name: "SFERA",
    nameIt: "SFERA",
    kind: "SIMULATION_CENTRE",
    city: "Brescia",
    address: null,
    website: null,
    irccs: null,
    descriptionEn:
      "SFERA is a medical simulation centre in Brescia. SIMMED, the Italian Society for Simulation in Medicine, lists it among the 7 simulation centres in Lombardy; no further details are confirmed in the sources used for this catalogue.",
    descriptionIt:
      "SFERA è un centro di simulazione medica di Brescia. La SIMMED, Società Italiana di Simulazione in Medicina, lo include tra i 7 centri di simulazione della Lombardia; le fonti usate per questo catalogo non confermano altri dettagli.",
    languages: [],
    topics: ["simulation-training"],
    facts: [
      {
        en: "Listed by SIMMED (the Italian Society for Simulation in Medicine) among the 7 simulation centres in Lombardy.",
        it: "Elencato dalla SIMMED (Società Italiana di Simulazione in Medicina) tra i 7 centri di simulazione della Lombardia.",
        sources: [1],
      },
    ],
    sources: [SIMMED_SOURCE],
    opportunities: [
      {
        key: "sfera-simulation-skills-course",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Clinical skills and team simulation course",
        titleIt: "Corso di simulazione di abilità cliniche e lavoro in team",
        descriptionEn:
          "An example short course combining procedural skills stations with team-based scenarios and debriefing. Content is agreed with the centre according to participants' needs. Open to physicians and nurses at any career stage.",
        descriptionIt:
          "Esempio di corso breve che combina stazioni di abilità procedurali con scenari in team e debriefing. I contenuti si concordano con il centro secondo le esigenze dei partecipanti. Aperto a medici e infermieri in qualsiasi fase della carriera.",
        topics: ["simulation-training", "patient-simulation"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "NURSE"],
        careerStages: [],
        seats: 4,
        minDays: 2,
        maxDays: 5,
        windows: [w("04-05", "07-02")],
      },
    ],
  },

  {
    slug: "poliambulanza-neonatal-simulation-centre",
    name: "Neonatal Robotic Simulation Centre, Fondazione Poliambulanza",
    nameIt: "Centro di Simulazione Robotica Neonatale, Fondazione Poliambulanza",
    kind: "SIMULATION_CENTRE",
    city: "Brescia",
    address: null,
    website: null,
    irccs: null,
    descriptionEn:
      "The neonatal robotic simulation centre of Fondazione Poliambulanza in Brescia trains staff for complex clinical situations during childbirth. It has a simulated delivery room, simulators of a 700 g preterm newborn and of a term newborn, and a maternal simulator for twin births.",
    descriptionIt:
      "Il centro di simulazione robotica neonatale della Fondazione Poliambulanza di Brescia forma il personale sulle situazioni cliniche complesse durante il parto. Dispone di una sala parto simulata, di simulatori di neonato pretermine da 700 g e di neonato a termine, e di un simulatore materno per il parto gemellare.",
    languages: [],
    topics: [
      "simulation-training",
      "patient-simulation",
      "neonatology",
      "infant-premature-diseases",
      "obstetrics",
      "pregnancy-complications",
    ],
    facts: [
      {
        en: "Dedicated to training on complex clinical situations during childbirth.",
        it: "Dedicato alla formazione sulle situazioni cliniche complesse durante il parto.",
        sources: [9],
      },
      {
        en: "Has a simulated delivery room, simulators of a 700 g preterm newborn and of a term newborn, and a twin-birth maternal simulator.",
        it: "Dispone di una sala parto simulata, di simulatori di neonato pretermine da 700 g e di neonato a termine, e di un simulatore materno per il parto gemellare.",
        sources: [9],
      },
    ],
    sources: [
      {
        n: 9,
        url: "https://blog.poliambulanza.it/visti-da-vicino/in-poliambulanza-un-centro-di-simulazione-robotica-neonatale-dedicato-alla-formazione-su-situazioni-cliniche-complesse-durante-il-parto",
        title: "Poliambulanza blog: a neonatal robotic simulation centre for complex situations during childbirth",
        kind: "official",
      },
    ],
    opportunities: [
      {
        key: "poliambulanza-neonatal-resuscitation-simulation",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Delivery-room and neonatal resuscitation simulation",
        titleIt: "Simulazione in sala parto e rianimazione neonatale",
        descriptionEn:
          "Scenario-based training in a simulated delivery room with high-fidelity simulators of a 700 g preterm newborn and a term newborn. Teams practise neonatal resuscitation, stabilisation of very preterm infants and communication during critical births. For neonatologists, paediatricians, obstetricians, nurses and midwives.",
        descriptionIt:
          "Formazione su scenari in una sala parto simulata con simulatori ad alta fedeltà di neonato pretermine da 700 g e di neonato a termine. Le équipe si esercitano su rianimazione neonatale, stabilizzazione dei grandi prematuri e comunicazione nei parti critici. Per neonatologi, pediatri, ostetrici, infermieri e ostetriche.",
        topics: [
          "simulation-training",
          "patient-simulation",
          "neonatology",
          "infant-premature-diseases",
          "cardiopulmonary-resuscitation",
        ],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "NURSE", "OTHER"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 8,
        minDays: 2,
        maxDays: 3,
        cohorts: [cohort("may", "May", "05-17", "05-19", 8), cohort("november", "November", "11-08", "11-10", 8)],
        deadline: "04-15",
      },
      {
        key: "poliambulanza-twin-birth-simulation",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Twin-birth and complex delivery simulation workshop",
        titleIt: "Workshop di simulazione del parto gemellare e del parto complesso",
        descriptionEn:
          "A workshop on the centre's twin-birth maternal simulator covering complex vaginal deliveries and obstetric emergencies. Sessions are run in Italian with the local obstetric team, so working Italian is required. For obstetricians and midwives.",
        descriptionIt:
          "Workshop sul simulatore materno per il parto gemellare del centro, dedicato ai parti vaginali complessi e alle emergenze ostetriche. Le sessioni si svolgono in italiano con l'équipe ostetrica locale, quindi è richiesta una conoscenza operativa dell'italiano. Per ostetrici e ostetriche.",
        topics: ["simulation-training", "patient-simulation", "obstetrics", "pregnancy-complications"],
        languages: [it("B1")],
        professions: ["PHYSICIAN", "OTHER"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 4,
        minDays: 2,
        maxDays: 3,
        windows: [w("02-15", "06-25")],
      },
    ],
  },

  {
    slug: "asst-mantova-simulation-centre",
    name: "ASST Mantova Simulation Centre",
    nameIt: "Centro di simulazione ASST Mantova",
    kind: "SIMULATION_CENTRE",
    city: "Mantova",
    address: null,
    website: null,
    irccs: null,
    descriptionEn:
      "The simulation centre of ASST Mantova is a medical simulation centre in Mantova. SIMMED, the Italian Society for Simulation in Medicine, lists it among the 7 simulation centres in Lombardy; no further details are confirmed in the sources used for this catalogue.",
    descriptionIt:
      "Il centro di simulazione dell'ASST Mantova è un centro di simulazione medica di Mantova. La SIMMED, Società Italiana di Simulazione in Medicina, lo include tra i 7 centri di simulazione della Lombardia; le fonti usate per questo catalogo non confermano altri dettagli.",
    languages: [],
    topics: ["simulation-training"],
    facts: [
      {
        en: "Listed by SIMMED (the Italian Society for Simulation in Medicine) among the 7 simulation centres in Lombardy.",
        it: "Elencato dalla SIMMED (Società Italiana di Simulazione in Medicina) tra i 7 centri di simulazione della Lombardia.",
        sources: [1],
      },
    ],
    sources: [SIMMED_SOURCE],
    opportunities: [
      {
        key: "asst-mantova-nursing-simulation",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Nursing simulation course",
        titleIt: "Corso di simulazione per infermieri",
        descriptionEn:
          "An example course for nurses combining procedural skills stations with ward-based deterioration scenarios and debriefing. Content is agreed with the centre. Sessions are run in Italian, so working Italian is required.",
        descriptionIt:
          "Esempio di corso per infermieri che combina stazioni di abilità procedurali con scenari di deterioramento clinico in reparto e debriefing. I contenuti si concordano con il centro. Le sessioni si svolgono in italiano, quindi è richiesta una conoscenza operativa dell'italiano.",
        topics: ["simulation-training", "patient-simulation", "nursing"],
        languages: [it("B1")],
        professions: ["NURSE"],
        careerStages: ["STUDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 6,
        minDays: 2,
        maxDays: 4,
        cohorts: [cohort("september", "September", "09-20", "09-23", 6)],
      },
    ],
  },

  {
    slug: "campus-salute-pavia-clinical-skills-lab",
    name: "Clinical Skills Lab, Campus della Salute, University of Pavia",
    nameIt: "Clinical Skills Lab – Centro di Didattica Simulata, Campus della Salute, Università di Pavia",
    kind: "SIMULATION_CENTRE",
    city: "Pavia",
    address: "Viale Golgi, Pavia",
    website: null,
    irccs: null,
    parentSlug: "unipv",
    descriptionEn:
      "The Clinical Skills Lab (Centro di Didattica Simulata) of the University of Pavia is in the Campus della Salute on Viale Golgi, in the former medical clinics of the San Matteo hospital; the campus opened on 18 September 2023. It has 3 simulated-teaching labs, 2 rooms fitted as operating theatres with control booths, and Esaote ultrasound units. SIMMED lists it among the 7 simulation centres in Lombardy.",
    descriptionIt:
      "Il Clinical Skills Lab (Centro di Didattica Simulata) dell'Università di Pavia si trova nel Campus della Salute di Viale Golgi, nelle ex cliniche mediche del San Matteo; il campus è stato inaugurato il 18 settembre 2023. Dispone di 3 laboratori di didattica simulata, 2 sale allestite come sale operatorie con regia e di ecografi Esaote. La SIMMED lo include tra i 7 centri di simulazione della Lombardia.",
    languages: [],
    topics: ["simulation-training", "surgical-simulation", "ultrasonography"],
    facts: [
      {
        en: "Listed by SIMMED (the Italian Society for Simulation in Medicine) among the 7 simulation centres in Lombardy.",
        it: "Elencato dalla SIMMED (Società Italiana di Simulazione in Medicina) tra i 7 centri di simulazione della Lombardia.",
        sources: [1],
      },
      {
        en: "Located in the University of Pavia's Campus della Salute on Viale Golgi, in the former San Matteo medical clinics; opened on 18 September 2023.",
        it: "Si trova nel Campus della Salute dell'Università di Pavia, in Viale Golgi, nelle ex cliniche mediche del San Matteo; inaugurato il 18 settembre 2023.",
        sources: [10, 11],
      },
      {
        en: "Has 3 simulated-teaching labs, 2 rooms fitted as operating theatres with control booths, and Esaote ultrasound units.",
        it: "Dispone di 3 laboratori di didattica simulata, 2 sale allestite come sale operatorie con regia e di ecografi Esaote.",
        sources: [10, 11],
      },
    ],
    sources: [
      SIMMED_SOURCE,
      {
        n: 10,
        url: "https://www.unipv.news/notizie/benvenuti-al-nuovo-campus-della-salute-delluniversita-di-pavia",
        title: "UniPV News: welcome to the new Campus della Salute of the University of Pavia",
        kind: "official",
      },
      {
        n: 11,
        url: "https://www.lombardianotizie.online/pavia-campus-medicina/",
        title: "Lombardia Notizie: Pavia medical campus",
        kind: "press",
      },
    ],
    opportunities: [
      {
        key: "pavia-skills-lab-ultrasound-simulation",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Point-of-care ultrasound and ultrasound-guided procedures simulation",
        titleIt: "Simulazione di ecografia point-of-care e procedure ecoguidate",
        descriptionEn:
          "A short hands-on course on the lab's ultrasound units, covering point-of-care scanning and ultrasound-guided vascular access on task trainers. Participants rotate through skills stations with tutors and finish with an assessed scenario. For residents and early-career physicians.",
        descriptionIt:
          "Breve corso pratico con gli ecografi del laboratorio, dedicato all'ecografia point-of-care e agli accessi vascolari ecoguidati su task trainer. I partecipanti ruotano tra stazioni di abilità con tutor e concludono con uno scenario valutato. Per specializzandi e medici a inizio carriera.",
        topics: ["ultrasonography", "simulation-training"],
        languages: [en("B2")],
        professions: ["PHYSICIAN"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 6,
        minDays: 2,
        maxDays: 5,
        windows: [w("02-08", "05-28"), w("09-20", "11-26")],
      },
      {
        key: "pavia-skills-lab-student-summer-course",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Clinical skills summer course for medical students",
        titleIt: "Corso estivo di abilità cliniche per studenti di medicina",
        descriptionEn:
          "A one-week clinical skills course for visiting medical students in the lab's simulated-teaching rooms and mock operating theatres. Sessions cover history-taking and examination stations, basic procedures, scrubbing and theatre etiquette. Taught in English, in line with the university's English-language medical degree.",
        descriptionIt:
          "Corso di una settimana sulle abilità cliniche per studenti di medicina in visita, nelle aule di didattica simulata e nelle sale operatorie simulate del laboratorio. Le sessioni comprendono stazioni di anamnesi ed esame obiettivo, procedure di base, lavaggio chirurgico e comportamento in sala operatoria. Si svolge in inglese, in linea con il corso di laurea in medicina in lingua inglese dell'ateneo.",
        topics: ["simulation-training", "patient-simulation", "surgical-simulation"],
        languages: [en("B2")],
        professions: [],
        careerStages: ["STUDENT"],
        seats: 16,
        minDays: 5,
        maxDays: 5,
        cohorts: [cohort("july", "July", "07-05", "07-09", 16)],
        deadline: "04-30",
        questions: [
          {
            en: "Which year of medical school are you in?",
            it: "A quale anno del corso di laurea in medicina è iscritto/a?",
          },
        ],
      },
    ],
  },

  {
    slug: "simva-varese",
    name: "SIMVA",
    nameIt: "SIMVA",
    kind: "SIMULATION_CENTRE",
    city: "Varese",
    address: null,
    website: null,
    irccs: null,
    descriptionEn:
      "SIMVA is a medical simulation centre in Varese. SIMMED, the Italian Society for Simulation in Medicine, lists it among the 7 simulation centres in Lombardy; no further details are confirmed in the sources used for this catalogue.",
    descriptionIt:
      "SIMVA è un centro di simulazione medica di Varese. La SIMMED, Società Italiana di Simulazione in Medicina, lo include tra i 7 centri di simulazione della Lombardia; le fonti usate per questo catalogo non confermano altri dettagli.",
    languages: [],
    topics: ["simulation-training"],
    facts: [
      {
        en: "Listed by SIMMED (the Italian Society for Simulation in Medicine) among the 7 simulation centres in Lombardy.",
        it: "Elencato dalla SIMMED (Società Italiana di Simulazione in Medicina) tra i 7 centri di simulazione della Lombardia.",
        sources: [1],
      },
    ],
    sources: [SIMMED_SOURCE],
    opportunities: [
      {
        key: "simva-crisis-resource-management-course",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Crisis resource management simulation course",
        titleIt: "Corso di simulazione sulla gestione delle risorse in situazioni di crisi",
        descriptionEn:
          "An example course on non-technical skills (leadership, communication and situational awareness) through high-intensity scenarios and debriefing. Content is agreed with the centre. Open to physicians, nurses and other healthcare professionals.",
        descriptionIt:
          "Esempio di corso sulle competenze non tecniche (leadership, comunicazione e consapevolezza situazionale) attraverso scenari ad alta intensità e debriefing. I contenuti si concordano con il centro. Aperto a medici, infermieri e altri professionisti sanitari.",
        topics: ["simulation-training", "patient-simulation", "critical-care"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "NURSE", "OTHER"],
        careerStages: ["RESIDENT", "EARLY_CAREER", "ESTABLISHED"],
        seats: 10,
        minDays: 2,
        maxDays: 3,
        cohorts: [cohort("june", "June", "06-07", "06-09", 10)],
      },
    ],
  },

  {
    slug: "unibs-anatomical-dissection-facility",
    name: "University of Brescia Anatomical Dissection Facility",
    nameIt: "Struttura di dissezione anatomica dell'Università degli Studi di Brescia",
    kind: "SIMULATION_CENTRE",
    city: "Brescia",
    address: null,
    website: "https://centrodonazionecorpo.unibs.it",
    irccs: null,
    parentSlug: "unibs",
    descriptionEn:
      "The anatomical dissection facility of the University of Brescia is a national reference centre (“Centro di Riferimento”) for the conservation and use of bodies donated to science. Its dissection room has been ISO 9001 certified since 2014.",
    descriptionIt:
      "La struttura di dissezione anatomica dell'Università degli Studi di Brescia è Centro di Riferimento nazionale per la conservazione e l'utilizzo dei corpi donati alla scienza. La sua sala settoria è certificata ISO 9001 dal 2014.",
    languages: [],
    topics: ["anatomy-dissection", "simulation-training"],
    facts: [
      {
        en: "A national reference centre (“Centro di Riferimento”) for the conservation and use of bodies donated to science.",
        it: "Centro di Riferimento nazionale per la conservazione e l'utilizzo dei corpi donati alla scienza.",
        sources: [12],
      },
      {
        en: "Its dissection room has been ISO 9001 certified since 2014.",
        it: "La sala settoria è certificata ISO 9001 dal 2014.",
        sources: [12],
      },
    ],
    sources: [
      {
        n: 12,
        url: "https://centrodonazionecorpo.unibs.it/index.php/lastoria",
        title: "University of Brescia, body donation centre: history",
        kind: "official",
      },
    ],
    opportunities: [
      {
        key: "unibs-cadaver-dissection-course",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Cadaveric dissection course in surgical anatomy",
        titleIt: "Corso di dissezione su cadavere in anatomia chirurgica",
        descriptionEn:
          "A hands-on cadaveric course at a national reference centre for bodies donated to science. Participants dissect the regions relevant to their specialty under the guidance of anatomists and surgeons, following the facility's ethical and quality procedures. For surgical residents and young surgeons.",
        descriptionIt:
          "Corso pratico su cadavere presso un Centro di Riferimento nazionale per i corpi donati alla scienza. I partecipanti dissezionano i distretti utili alla propria specialità con la guida di anatomisti e chirurghi, nel rispetto delle procedure etiche e di qualità della struttura. Per specializzandi e giovani chirurghi.",
        topics: ["anatomy-dissection", "simulation-training"],
        languages: [en("B2")],
        professions: ["SURGEON", "PHYSICIAN"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 8,
        minDays: 3,
        maxDays: 5,
        cohorts: [cohort("april", "April", "04-12", "04-16", 8), cohort("october", "October", "10-04", "10-08", 8)],
        deadline: "03-01",
      },
      {
        key: "unibs-anatomy-student-elective",
        type: "SIMULATION_PROGRAMME",
        titleEn: "Anatomy dissection elective for medical students",
        titleIt: "Attività elettiva di dissezione anatomica per studenti di medicina",
        descriptionEn:
          "A short dissection elective for visiting medical students, run alongside the university's own anatomy teaching. Students work in small groups on systematic dissection with demonstrators. Sessions are held in Italian, so working Italian is required.",
        descriptionIt:
          "Breve attività elettiva di dissezione per studenti di medicina in visita, affiancata alla didattica di anatomia dell'ateneo. Gli studenti lavorano in piccoli gruppi su dissezioni sistematiche con i tutor. Le sessioni si svolgono in italiano, quindi è richiesta una conoscenza operativa dell'italiano.",
        topics: ["anatomy-dissection"],
        languages: [it("B1")],
        professions: [],
        careerStages: ["STUDENT"],
        seats: 6,
        minDays: 5,
        maxDays: 10,
        windows: [w("03-01", "06-11")],
      },
    ],
  },

  // ───────────────────────────── Universities (notes, section 2) ─────────────────────────────
  {
    slug: "unimi",
    name: "University of Milan (“La Statale”)",
    nameIt: "Università degli Studi di Milano (“La Statale”)",
    kind: "UNIVERSITY",
    city: "Milan",
    address: null,
    website: "https://www.unimi.it",
    irccs: null,
    descriptionEn:
      "The University of Milan, known as “La Statale”, has run doctoral programmes in the biomedical and life sciences, including an inter-university PhD in Systems Medicine with the European School of Molecular Medicine (SEMM), an integrated MD/PhD track in its Doctoral School in Biomedical Sciences, and a PhD School in Biomolecular Sciences. The sources for these programmes date from 2013 to 2016, so their current cycles need checking. The Policlinico di Milano is one of its teaching poles, and CNAO lists the university among its partners.",
    descriptionIt:
      "L'Università degli Studi di Milano, nota come “La Statale”, ha attivato dottorati nelle scienze biomediche e della vita, tra cui un dottorato interateneo in Medicina dei Sistemi con la Scuola Europea di Medicina Molecolare (SEMM), un percorso integrato MD/PhD nella Scuola di Dottorato in Scienze Biomediche e una Scuola di Dottorato in Scienze Biomolecolari. Le fonti su questi programmi risalgono al 2013–2016, quindi i cicli attuali vanno verificati. Il Policlinico di Milano è uno dei suoi poli didattici e il CNAO indica l'ateneo tra i propri partner.",
    languages: [],
    topics: ["systems-medicine", "molecular-medicine", "translational-research"],
    facts: [
      {
        en: "PhD in Systems Medicine (Medicina dei Sistemi): calls published for 2014/15 and 2015/16.",
        it: "Dottorato in Medicina dei Sistemi: bandi pubblicati per il 2014/15 e il 2015/16.",
        sources: [1, 2],
      },
      {
        en: "The Systems Medicine PhD is an inter-university programme of the University of Milan and the University of Naples “Federico II”, run under an agreement with Fondazione SEMM (European School of Molecular Medicine) (calls of 2014/15 and 2015/16).",
        it: "Il dottorato in Medicina dei Sistemi è un programma interateneo dell'Università degli Studi di Milano e dell'Università di Napoli “Federico II”, gestito in convenzione con la Fondazione SEMM (Scuola Europea di Medicina Molecolare) (bandi 2014/15 e 2015/16).",
        sources: [1, 2],
      },
      {
        en: "The Doctoral School in Biomedical Sciences runs an integrated MD/PhD track, activated for 2013/14; for students in the track the PhD lasts 2 years instead of 3.",
        it: "La Scuola di Dottorato in Scienze Biomediche ha un percorso integrato MD/PhD, attivato per il 2013/14; per gli studenti del percorso il dottorato dura 2 anni invece di 3.",
        sources: [3],
      },
      {
        en: "The PhD School in Biomolecular Sciences was formed from three earlier doctoral programmes; its research areas match ERC panels LS1, LS2, LS3, LS5, LS8 and LS9, with collaborations with NYU Sackler, EMBL, INT and Besta (undated source).",
        it: "La Scuola di Dottorato in Scienze Biomolecolari è nata da tre precedenti dottorati; le sue aree di ricerca corrispondono ai panel ERC LS1, LS2, LS3, LS5, LS8 e LS9, con collaborazioni con NYU Sackler, EMBL, INT e Besta (fonte senza data).",
        sources: [4],
      },
      {
        en: "Listed by Fondazione CNAO among its Italian collaboration partners.",
        it: "Indicata dalla Fondazione CNAO tra i propri partner italiani.",
        sources: [5],
      },
      {
        en: "The Fondazione IRCCS Ca' Granda Ospedale Maggiore Policlinico is a teaching pole of the university.",
        it: "La Fondazione IRCCS Ca' Granda Ospedale Maggiore Policlinico è un polo didattico dell'ateneo.",
        sources: [6],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://expydoc.com/doc/7045317/i-ag-1---universit%C3%A0-degli-studi-di-milano",
        title: "University of Milan PhD call documents (copy)",
        kind: "mirror",
      },
      {
        n: 2,
        url: "https://1library.net/document/zlg89g0r-public-competition-admission-programme-systems-medicine-university-milan.html",
        title: "Public competition for admission to the PhD programme in Systems Medicine, University of Milan (copy)",
        kind: "mirror",
      },
      {
        n: 3,
        url: "http://www.biometra.unimi.it/ecm/home/didattica/dottorati/scienze-biomediche-md-phd",
        title: "University of Milan, BIOMETRA: Biomedical Sciences MD/PhD",
        kind: "official",
      },
      {
        n: 4,
        url: "http://neidos.it/index.pl?pos=02.01&course=24",
        title: "Neidos: PhD School in Biomolecular Sciences",
        kind: "aggregator",
      },
      {
        n: 5,
        url: "https://fondazionecnao.it/en/partnerships",
        title: "Fondazione CNAO: partnerships",
        kind: "official",
      },
      {
        n: 6,
        url: "https://retecardiologica.it/en/istituto/irccs-fondazione-ca-granda-ospedale-maggiore-policlinico/",
        title: "Rete Cardiologica IRCCS: Fondazione Ca' Granda Ospedale Maggiore Policlinico (English)",
        kind: "society",
      },
    ],
    opportunities: [
      {
        key: "unimi-systems-medicine-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Systems medicine doctoral exchange",
        titleIt: "Scambio dottorale in medicina dei sistemi",
        descriptionEn:
          "A doctoral exchange built on the university's inter-university PhD in Systems Medicine, run with the European School of Molecular Medicine (calls published for 2014/15 and 2015/16; the current cycle is to be confirmed). Visiting candidates join a host group working on computational and molecular approaches to disease. English is the working language.",
        descriptionIt:
          "Scambio dottorale basato sul dottorato interateneo in Medicina dei Sistemi dell'ateneo, gestito con la Scuola Europea di Medicina Molecolare (bandi pubblicati per il 2014/15 e il 2015/16; il ciclo attuale è da verificare). I dottorandi in visita entrano in un gruppo ospitante che lavora su approcci computazionali e molecolari alle malattie. La lingua di lavoro è l'inglese.",
        topics: ["systems-medicine", "molecular-medicine"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 2,
        minDays: 60,
        maxDays: 180,
        windows: [w("02-01", "12-17")],
        questions: [
          {
            en: "What is the topic of your doctoral thesis, and which methods do you use?",
            it: "Qual è l'argomento della sua tesi di dottorato e quali metodi utilizza?",
          },
        ],
      },
      {
        key: "unimi-biomolecular-sciences-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Biomolecular sciences doctoral exchange",
        titleIt: "Scambio dottorale in scienze biomolecolari",
        descriptionEn:
          "A doctoral exchange built on the university's PhD School in Biomolecular Sciences, whose research areas match ERC life-science panels from molecules of life to cell biology and neuroscience. Visiting candidates spend a term in a host laboratory on a thesis-related project. Places are offered as a spring cohort.",
        descriptionIt:
          "Scambio dottorale basato sulla Scuola di Dottorato in Scienze Biomolecolari dell'ateneo, le cui aree di ricerca corrispondono ai panel ERC delle scienze della vita, dalle molecole alla biologia cellulare e alle neuroscienze. I dottorandi in visita trascorrono un periodo in un laboratorio ospitante su un progetto legato alla tesi. I posti sono organizzati in un gruppo primaverile.",
        topics: ["molecular-medicine", "translational-research"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 6,
        minDays: 90,
        maxDays: 120,
        cohorts: [cohort("spring", "Spring", "03-01", "06-18", 6)],
        deadline: "01-31",
      },
      {
        key: "unimi-physician-scientist-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Physician-scientist joint research (MD/PhD)",
        titleIt: "Ricerca congiunta per medici-ricercatori (MD/PhD)",
        descriptionEn:
          "A joint-research stay for physicians pursuing or planning an MD/PhD, inspired by the integrated MD/PhD track of the university's Doctoral School in Biomedical Sciences (activated for 2013/14). Visitors join a biomedical research group, possibly linked to the university's teaching hospitals, on a project agreed in advance. English is the working language.",
        descriptionIt:
          "Soggiorno di ricerca congiunta per medici che seguono o progettano un percorso MD/PhD, ispirato al percorso integrato MD/PhD della Scuola di Dottorato in Scienze Biomediche dell'ateneo (attivato per il 2013/14). Si entra in un gruppo di ricerca biomedica, eventualmente legato agli ospedali d'insegnamento dell'ateneo, su un progetto concordato in anticipo. La lingua di lavoro è l'inglese.",
        topics: ["translational-research", "molecular-medicine"],
        languages: [en("B2")],
        professions: ["PHYSICIAN", "DOCTORAL_STUDENT"],
        careerStages: ["STUDENT", "DOCTORAL_CANDIDATE", "RESIDENT"],
        seats: 2,
        minDays: 60,
        maxDays: 120,
        windows: [w("03-01", "07-30"), w("09-06", "12-17")],
      },
    ],
  },

  {
    slug: "unimib",
    name: "University of Milano-Bicocca",
    nameIt: "Università degli Studi di Milano-Bicocca",
    kind: "UNIVERSITY",
    city: "Milan",
    address: null,
    website: "https://www.unimib.it",
    irccs: null,
    descriptionEn:
      "The University of Milano-Bicocca runs a PhD in Neuroscience based in its Department of Medicine and Surgery. Since 2019/20 it has been a dual PhD with the University of Surrey (UK), and it is part of the Milan Center for Neuroscience (NeuroMI), of the FENS NENS network and of ORPHEUS.",
    descriptionIt:
      "L'Università degli Studi di Milano-Bicocca ha un dottorato in Neuroscienze con sede nel Dipartimento di Medicina e Chirurgia. Dal 2019/20 è un dottorato doppio con la University of Surrey (Regno Unito) e fa parte del Milan Center for Neuroscience (NeuroMI), della rete NENS della FENS e di ORPHEUS.",
    languages: [],
    topics: ["neurosciences"],
    facts: [
      {
        en: "PhD in Neuroscience (Dottorato in Neuroscienze), based in the Department of Medicine and Surgery.",
        it: "Dottorato in Neuroscienze, con sede nel Dipartimento di Medicina e Chirurgia.",
        sources: [1, 2],
      },
      {
        en: "A dual PhD with the University of Surrey (UK) since 2019/20.",
        it: "Dottorato doppio con la University of Surrey (Regno Unito) dal 2019/20.",
        sources: [1, 2],
      },
      {
        en: "The programme is part of the Milan Center for Neuroscience (NeuroMI), of NENS (FENS) and of ORPHEUS.",
        it: "Il programma fa parte del Milan Center for Neuroscience (NeuroMI), della rete NENS (FENS) e di ORPHEUS.",
        sources: [1, 2],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://neuroscienze.medicina.unimib.it/il-corso/obiettivi",
        title: "Milano-Bicocca PhD in Neuroscience: objectives",
        kind: "official",
      },
      {
        n: 2,
        url: "http://www.neuroscienze.medicina.unimib.it/?page_id=6&lang=en",
        title: "Milano-Bicocca PhD in Neuroscience (English page)",
        kind: "official",
      },
    ],
    opportunities: [
      {
        key: "unimib-neuroscience-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Neuroscience doctoral exchange",
        titleIt: "Scambio dottorale in neuroscienze",
        descriptionEn:
          "A doctoral exchange built on the university's PhD in Neuroscience, a programme with an international outlook (dual PhD with the University of Surrey, member of NeuroMI, NENS and ORPHEUS). Visiting candidates spend a term in a host group of the Department of Medicine and Surgery. Places are offered in an autumn cohort.",
        descriptionIt:
          "Scambio dottorale basato sul dottorato in Neuroscienze dell'ateneo, un programma di respiro internazionale (dottorato doppio con la University of Surrey, membro di NeuroMI, NENS e ORPHEUS). I dottorandi in visita trascorrono un periodo in un gruppo del Dipartimento di Medicina e Chirurgia. I posti sono organizzati in un gruppo autunnale.",
        topics: ["neurosciences"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 4,
        minDays: 60,
        maxDays: 120,
        cohorts: [cohort("autumn", "Autumn", "09-13", "12-10", 4)],
        deadline: "06-30",
        questions: [
          {
            en: "What is the topic of your doctoral thesis?",
            it: "Qual è l'argomento della sua tesi di dottorato?",
          },
        ],
      },
      {
        key: "unimib-neuroscience-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Clinical and experimental neuroscience joint research",
        titleIt: "Ricerca congiunta in neuroscienze cliniche e sperimentali",
        descriptionEn:
          "A joint-research stay with the neuroscience groups linked to the university's PhD in Neuroscience. Visitors work on a clinical or experimental project agreed with the host group. Suited to postdoctoral researchers and clinician-scientists.",
        descriptionIt:
          "Soggiorno di ricerca congiunta con i gruppi di neuroscienze legati al dottorato in Neuroscienze dell'ateneo. Si lavora su un progetto clinico o sperimentale concordato con il gruppo ospitante. Adatto a ricercatori post-dottorato e medici-ricercatori.",
        topics: ["neurosciences", "nervous-system-diseases", "translational-research"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "PHYSICIAN"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 30,
        maxDays: 180,
        windows: [w("02-01", "07-30"), w("09-06", "12-17")],
      },
    ],
  },

  {
    slug: "unipv",
    name: "University of Pavia",
    nameIt: "Università degli Studi di Pavia",
    kind: "UNIVERSITY",
    city: "Pavia",
    address: null,
    website: "https://www.unipv.it",
    irccs: null,
    descriptionEn:
      "The University of Pavia runs a PhD in Genetics, Molecular and Cellular Biology within its Doctorate School in Life Sciences “Camillo Golgi”, whose entry exams can be taken in English, and a PhD in Translational Medicine in its Department of Molecular Medicine. Its Faculty of Medicine counted 7 doctoral courses in 2023, and its medical degree is also taught entirely in English (the “Harvey” course). CNAO lists the university among its partners.",
    descriptionIt:
      "L'Università degli Studi di Pavia ha un dottorato in Genetica, Biologia Molecolare e Cellulare nella Scuola di Dottorato in Scienze della Vita “Camillo Golgi”, con esami di ammissione sostenibili in inglese, e un dottorato in Medicina Traslazionale nel Dipartimento di Medicina Molecolare. Nel 2023 la Facoltà di Medicina contava 7 corsi di dottorato e il corso di laurea in medicina è offerto anche interamente in inglese (corso “Harvey”). Il CNAO indica l'ateneo tra i propri partner.",
    languages: [],
    topics: ["genetics", "genetic-techniques", "molecular-medicine", "translational-research", "simulation-training"],
    facts: [
      {
        en: "PhD in Genetics, Molecular and Cellular Biology, run by the Department of Biology and Biotechnology “L. Spallanzani” within the Doctorate School in Life Sciences “Camillo Golgi”.",
        it: "Dottorato in Genetica, Biologia Molecolare e Cellulare, gestito dal Dipartimento di Biologia e Biotecnologie “L. Spallanzani” nell'ambito della Scuola di Dottorato in Scienze della Vita “Camillo Golgi”.",
        sources: [1, 2, 3],
      },
      {
        en: "Coordinator of the Genetics, Molecular and Cellular Biology PhD: Prof. Davide Sassera; its first PhD Day was held on 5 February 2026; entry exams can be taken in English.",
        it: "Coordinatore del dottorato in Genetica, Biologia Molecolare e Cellulare: Prof. Davide Sassera; il primo PhD Day si è tenuto il 5 febbraio 2026; gli esami di ammissione si possono sostenere in inglese.",
        sources: [1, 2, 3],
      },
      {
        en: "PhD in Translational Medicine, run by the Department of Molecular Medicine; the 2017 call offered 7 studentships.",
        it: "Dottorato in Medicina Traslazionale, gestito dal Dipartimento di Medicina Molecolare; il bando 2017 offriva 7 borse.",
        sources: [4],
      },
      {
        en: "The Faculty of Medicine counted 7 doctoral courses in 2023.",
        it: "Nel 2023 la Facoltà di Medicina contava 7 corsi di dottorato.",
        sources: [5],
      },
      {
        en: "The medical degree is also taught entirely in English (the “Harvey” course).",
        it: "Il corso di laurea in medicina è offerto anche interamente in inglese (corso “Harvey”).",
        sources: [6],
      },
      {
        en: "Listed by Fondazione CNAO among its Italian collaboration partners.",
        it: "Indicata dalla Fondazione CNAO tra i propri partner italiani.",
        sources: [7],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://dbb.dip.unipv.it/it/didattica/post-laurea/dottorati-di-ricerca/ammissione-al-dottorato",
        title: "University of Pavia, Dept. of Biology and Biotechnology: PhD admission",
        kind: "official",
      },
      {
        n: 2,
        url: "https://www.unipv.news/node/4588",
        title: "UniPV News: PhD in Genetics, Molecular and Cellular Biology",
        date: "2026-02",
        kind: "official",
      },
      {
        n: 3,
        url: "http://neidos.it/index.pl?pos=02.01&course=27",
        title: "Neidos: PhD in Genetics, Molecular and Cellular Biology",
        kind: "aggregator",
      },
      {
        n: 4,
        url: "http://molecularmedicine.unipv.it/phd-programme/admission-procedures/",
        title: "University of Pavia, Dept. of Molecular Medicine: PhD admission procedures",
        kind: "official",
      },
      {
        n: 5,
        url: "https://www.unipv.news/notizie/benvenuti-al-nuovo-campus-della-salute-delluniversita-di-pavia",
        title: "UniPV News: welcome to the new Campus della Salute of the University of Pavia",
        kind: "official",
      },
      {
        n: 6,
        url: "https://www.ilgiorno.it/pavia/cronaca/il-campus-della-salute-la-facolta-di-medicina-nella-nuova-sede-per-4500-studenti-2843f39a",
        title: "Il Giorno Pavia: the Campus della Salute, the Faculty of Medicine's new home",
        kind: "press",
      },
      {
        n: 7,
        url: "https://fondazionecnao.it/en/partnerships",
        title: "Fondazione CNAO: partnerships",
        kind: "official",
      },
    ],
    opportunities: [
      {
        key: "unipv-genetics-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Genetics, molecular and cellular biology doctoral exchange",
        titleIt: "Scambio dottorale in genetica, biologia molecolare e cellulare",
        descriptionEn:
          "A doctoral exchange built on the PhD in Genetics, Molecular and Cellular Biology of the Doctorate School in Life Sciences “Camillo Golgi”. Visiting candidates spend a term in a laboratory of the Department of Biology and Biotechnology “L. Spallanzani” on a thesis-related project. English is the working language.",
        descriptionIt:
          "Scambio dottorale basato sul dottorato in Genetica, Biologia Molecolare e Cellulare della Scuola di Dottorato in Scienze della Vita “Camillo Golgi”. I dottorandi in visita trascorrono un periodo in un laboratorio del Dipartimento di Biologia e Biotecnologie “L. Spallanzani” su un progetto legato alla tesi. La lingua di lavoro è l'inglese.",
        topics: ["genetics", "genetic-techniques", "molecular-medicine"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 3,
        minDays: 60,
        maxDays: 180,
        windows: [w("02-01", "07-30"), w("09-01", "12-17")],
        questions: [
          {
            en: "What is the topic of your doctoral thesis?",
            it: "Qual è l'argomento della sua tesi di dottorato?",
          },
        ],
      },
      {
        key: "unipv-translational-medicine-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Translational medicine doctoral exchange",
        titleIt: "Scambio dottorale in medicina traslazionale",
        descriptionEn:
          "A doctoral exchange built on the PhD in Translational Medicine of the Department of Molecular Medicine (the 2017 call offered 7 studentships; the current cycle is to be confirmed). Visiting candidates join a translational research group for a term. Places are offered as a spring cohort.",
        descriptionIt:
          "Scambio dottorale basato sul dottorato in Medicina Traslazionale del Dipartimento di Medicina Molecolare (il bando 2017 offriva 7 borse; il ciclo attuale è da verificare). I dottorandi in visita entrano per un periodo in un gruppo di ricerca traslazionale. I posti sono organizzati in un gruppo primaverile.",
        topics: ["translational-research", "molecular-medicine"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT", "PHYSICIAN"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 4,
        minDays: 90,
        maxDays: 120,
        cohorts: [cohort("spring", "Spring", "02-15", "06-04", 4)],
        deadline: "01-15",
      },
      {
        key: "unipv-molecular-medicine-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Molecular medicine joint research",
        titleIt: "Ricerca congiunta in medicina molecolare",
        descriptionEn:
          "A joint-research stay with a group of the Department of Molecular Medicine, which runs the university's PhD in Translational Medicine. Visitors work on a project agreed in advance, possibly with clinical partners in Pavia. Suited to postdoctoral researchers and clinician-scientists.",
        descriptionIt:
          "Soggiorno di ricerca congiunta con un gruppo del Dipartimento di Medicina Molecolare, che gestisce il dottorato in Medicina Traslazionale dell'ateneo. Si lavora su un progetto concordato in anticipo, eventualmente con partner clinici pavesi. Adatto a ricercatori post-dottorato e medici-ricercatori.",
        topics: ["molecular-medicine", "translational-research"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "PHYSICIAN"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 30,
        maxDays: 180,
        windows: [w("03-01", "12-17")],
      },
    ],
  },

  {
    slug: "unisr",
    name: "Vita-Salute San Raffaele University",
    nameIt: "Università Vita-Salute San Raffaele",
    kind: "UNIVERSITY",
    city: "Milan",
    address: null,
    website: "https://www.unisr.it",
    irccs: null,
    descriptionEn:
      "Vita-Salute San Raffaele University runs a 36-month International PhD Course in Molecular Medicine based at the San Raffaele Scientific Institute, open to applicants regardless of citizenship. It has four curricula (Cellular and Molecular Physiopathology; Basic and Applied Immunology and Oncology; Experimental and Clinical Medicine; Neuroscience and Experimental Neurology), a cross-curriculum Program in Gene and Cell Therapy and a “Physician-Scientist” programme for final-year residents.",
    descriptionIt:
      "L'Università Vita-Salute San Raffaele offre un International PhD Course in Molecular Medicine di 36 mesi con sede presso l'Istituto Scientifico San Raffaele, aperto ai candidati di qualsiasi cittadinanza. Ha quattro curricula (Fisiopatologia cellulare e molecolare; Immunologia e oncologia di base e applicata; Medicina sperimentale e clinica; Neuroscienze e neurologia sperimentale), un Program in Gene and Cell Therapy trasversale e un programma “Physician-Scientist” per specializzandi dell'ultimo anno.",
    languages: [],
    topics: ["molecular-medicine", "gene-therapy", "cell-therapy", "immunology", "neoplasms", "neurosciences"],
    facts: [
      {
        en: "International PhD Course in Molecular Medicine: 36 months, based at the San Raffaele Scientific Institute.",
        it: "International PhD Course in Molecular Medicine: 36 mesi, con sede presso l'Istituto Scientifico San Raffaele.",
        sources: [1],
      },
      {
        en: "Four curricula: Cellular and Molecular Physiopathology; Basic and Applied Immunology and Oncology; Experimental and Clinical Medicine; Neuroscience and Experimental Neurology.",
        it: "Quattro curricula: Cellular and Molecular Physiopathology; Basic and Applied Immunology and Oncology; Experimental and Clinical Medicine; Neuroscience and Experimental Neurology.",
        sources: [1],
      },
      {
        en: "A cross-curriculum Program in Gene and Cell Therapy.",
        it: "Un Program in Gene and Cell Therapy trasversale ai curricula.",
        sources: [1],
      },
      {
        en: "A “Physician-Scientist” programme for final-year residents.",
        it: "Un programma “Physician-Scientist” per specializzandi dell'ultimo anno.",
        sources: [1],
      },
      {
        en: "The PhD is open to applicants regardless of citizenship.",
        it: "Il dottorato è aperto ai candidati di qualsiasi cittadinanza.",
        sources: [2],
      },
    ],
    sources: [
      {
        n: 1,
        url: "http://www.unisr.it/en/medicine-and-surgery/ddr-internazionale-in-medicina-molecolare/",
        title: "UniSR: International PhD in Molecular Medicine",
        kind: "official",
      },
      {
        n: 2,
        url: "https://www.unisr.it/en/offerta-formativa/medicina-chirurgia/post-lauream/dottorato-medicina-molecolare/ammissioni",
        title: "UniSR: PhD in Molecular Medicine, admissions",
        kind: "official",
      },
    ],
    opportunities: [
      {
        key: "unisr-gene-cell-therapy-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Gene and cell therapy doctoral exchange",
        titleIt: "Scambio dottorale in terapia genica e cellulare",
        descriptionEn:
          "A doctoral exchange built on the cross-curriculum Program in Gene and Cell Therapy of the International PhD in Molecular Medicine. Visiting candidates spend a term in a host laboratory at the San Raffaele Scientific Institute on a thesis-related project. Places are offered in spring and autumn cohorts.",
        descriptionIt:
          "Scambio dottorale basato sul Program in Gene and Cell Therapy, trasversale all'International PhD in Molecular Medicine. I dottorandi in visita trascorrono un periodo in un laboratorio dell'Istituto Scientifico San Raffaele su un progetto legato alla tesi. I posti sono organizzati in un gruppo primaverile e uno autunnale.",
        topics: ["gene-therapy", "cell-therapy", "molecular-medicine"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 4,
        minDays: 90,
        maxDays: 120,
        cohorts: [cohort("spring", "Spring", "03-01", "06-25", 4), cohort("autumn", "Autumn", "09-06", "12-17", 4)],
        deadline: "01-31",
        questions: [
          {
            en: "What is the topic of your doctoral thesis, and how does it relate to gene or cell therapy?",
            it: "Qual è l'argomento della sua tesi di dottorato e che relazione ha con la terapia genica o cellulare?",
          },
        ],
      },
      {
        key: "unisr-immunology-oncology-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Immunology and oncology doctoral exchange",
        titleIt: "Scambio dottorale in immunologia e oncologia",
        descriptionEn:
          "A doctoral exchange built on the Basic and Applied Immunology and Oncology curriculum of the International PhD in Molecular Medicine. Visiting candidates join a host group working on tumour immunology or immunotherapy. English is the working language.",
        descriptionIt:
          "Scambio dottorale basato sul curriculum Basic and Applied Immunology and Oncology dell'International PhD in Molecular Medicine. I dottorandi in visita entrano in un gruppo che lavora su immunologia dei tumori o immunoterapia. La lingua di lavoro è l'inglese.",
        topics: ["immunology", "immunotherapy", "neoplasms"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 3,
        minDays: 60,
        maxDays: 180,
        windows: [w("02-01", "12-17")],
      },
      {
        key: "unisr-physician-scientist-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Physician-scientist joint research in experimental and clinical medicine",
        titleIt: "Ricerca congiunta per medici-ricercatori in medicina sperimentale e clinica",
        descriptionEn:
          "A joint-research stay for residents and young physicians, modelled on the university's “Physician-Scientist” programme for final-year residents. Visitors join a group of the Experimental and Clinical Medicine or Neuroscience and Experimental Neurology curricula on a project agreed in advance. English is the working language.",
        descriptionIt:
          "Soggiorno di ricerca congiunta per specializzandi e giovani medici, sul modello del programma “Physician-Scientist” dell'ateneo per specializzandi dell'ultimo anno. Si entra in un gruppo dei curricula Experimental and Clinical Medicine o Neuroscience and Experimental Neurology su un progetto concordato in anticipo. La lingua di lavoro è l'inglese.",
        topics: ["translational-research", "molecular-medicine", "neurosciences"],
        languages: [en("B2")],
        professions: ["PHYSICIAN"],
        careerStages: ["RESIDENT", "EARLY_CAREER"],
        seats: 2,
        minDays: 60,
        maxDays: 180,
        windows: [w("03-01", "12-17")],
      },
    ],
  },

  {
    slug: "humanitas-university",
    name: "Humanitas University",
    nameIt: "Humanitas University",
    kind: "UNIVERSITY",
    city: "Rozzano (Milan)",
    address: null,
    website: "https://www.hunimed.eu",
    irccs: null,
    descriptionEn:
      "Humanitas University is a university that, according to 2016 press, has been based at the Humanitas hospital in Rozzano since 2014 and has an “international vocation”. It runs a 3-year international PhD Programme in Molecular and Experimental Medicine (MEM), with a “MEM” and a “MEM-Clinical” curriculum, the latter allowing up to 20 hours a week of clinical practice. Its main areas are oncological immunopathology, molecular cardiometabolics, genetics and neurosciences.",
    descriptionIt:
      "Humanitas University è un ateneo che, secondo la stampa del 2016, ha sede presso l'ospedale Humanitas di Rozzano dal 2014 e ha una “vocazione internazionale”. Offre un PhD Programme in Molecular and Experimental Medicine (MEM) internazionale di 3 anni, con un curriculum “MEM” e uno “MEM-Clinical”, che consente fino a 20 ore settimanali di pratica clinica. Le aree principali sono immunopatologia oncologica, cardiometabolismo molecolare, genetica e neuroscienze.",
    languages: [],
    topics: [
      "molecular-medicine",
      "translational-research",
      "immunology",
      "neoplasms",
      "cardiovascular-diseases",
      "genetics",
      "neurosciences",
      "simulation-training",
    ],
    facts: [
      {
        en: "PhD Programme in Molecular and Experimental Medicine (MEM): a 3-year international programme.",
        it: "PhD Programme in Molecular and Experimental Medicine (MEM): programma internazionale di 3 anni.",
        sources: [1],
      },
      {
        en: "Curricula “MEM” and “MEM-Clinical”; the clinical curriculum allows up to 20 hours a week of clinical practice.",
        it: "Curricula “MEM” e “MEM-Clinical”; il curriculum clinico consente fino a 20 ore settimanali di pratica clinica.",
        sources: [1],
      },
      {
        en: "Main areas of the MEM programme: oncological immunopathology, molecular cardiometabolics, genetics and neurosciences.",
        it: "Aree principali del programma MEM: immunopatologia oncologica, cardiometabolismo molecolare, genetica e neuroscienze.",
        sources: [1],
      },
      {
        en: "Based at the Humanitas hospital in Rozzano since 2014, and described as having an “international vocation” (2016 press).",
        it: "Ha sede presso l'ospedale Humanitas di Rozzano dal 2014 ed è descritta come di “vocazione internazionale” (stampa 2016).",
        sources: [2],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://www.hunimed.eu/course/phd-in-medicine/",
        title: "Humanitas University: PhD in Molecular and Experimental Medicine",
        kind: "official",
      },
      {
        n: 2,
        url: "https://www.adnkronos.com/salute/sanita/2016/03/08/humanitas-compie-anni-rocca-laboratorio-dove-impara-facendo_TA7EwAUXlDI4RxTbaaoHeI.html",
        title: "Adnkronos: Humanitas anniversary",
        date: "2016-03-08",
        kind: "press",
      },
    ],
    opportunities: [
      {
        key: "hunimed-mem-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Molecular and experimental medicine doctoral exchange",
        titleIt: "Scambio dottorale in medicina molecolare e sperimentale",
        descriptionEn:
          "A doctoral exchange built on the university's international PhD in Molecular and Experimental Medicine (MEM). Visiting candidates spend a term in a host laboratory in one of the programme's main areas: oncological immunopathology, molecular cardiometabolics, genetics or neurosciences. Places are offered as an autumn cohort.",
        descriptionIt:
          "Scambio dottorale basato sul PhD internazionale in Molecular and Experimental Medicine (MEM) dell'ateneo. I dottorandi in visita trascorrono un periodo in un laboratorio ospitante in una delle aree principali del programma: immunopatologia oncologica, cardiometabolismo molecolare, genetica o neuroscienze. I posti sono organizzati in un gruppo autunnale.",
        topics: ["molecular-medicine", "immunology", "neoplasms", "genetics", "neurosciences"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 4,
        minDays: 60,
        maxDays: 120,
        cohorts: [cohort("autumn", "Autumn", "09-13", "12-17", 4)],
        deadline: "05-31",
        questions: [
          {
            en: "Which of the MEM main areas is closest to your thesis topic?",
            it: "Quale delle aree principali del MEM è più vicina all'argomento della sua tesi?",
          },
        ],
      },
      {
        key: "hunimed-mem-clinical-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Clinician PhD exchange (MEM-Clinical)",
        titleIt: "Scambio dottorale per medici (MEM-Clinical)",
        descriptionEn:
          "A doctoral exchange for physician PhD candidates, built on the MEM-Clinical curriculum, which allows up to 20 hours a week of clinical practice alongside research. Visitors combine a research project with supervised clinical activity at the teaching hospital. Clinical activity with patients requires good Italian.",
        descriptionIt:
          "Scambio dottorale per medici dottorandi, basato sul curriculum MEM-Clinical, che consente fino a 20 ore settimanali di pratica clinica accanto alla ricerca. Si combina un progetto di ricerca con attività clinica supervisionata nell'ospedale d'insegnamento. L'attività clinica con i pazienti richiede una buona conoscenza dell'italiano.",
        topics: ["translational-research", "molecular-medicine"],
        languages: [it("B2"), en("B2")],
        professions: ["PHYSICIAN", "DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE", "RESIDENT"],
        seats: 2,
        minDays: 90,
        maxDays: 180,
        windows: [w("02-01", "12-17")],
      },
      {
        key: "hunimed-cardiometabolic-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Molecular cardiometabolics joint research",
        titleIt: "Ricerca congiunta in cardiometabolismo molecolare",
        descriptionEn:
          "A joint-research stay in molecular cardiometabolics, one of the main areas of the university's MEM PhD. Visitors join a host group on a project agreed before arrival. Suited to postdoctoral researchers and clinician-scientists.",
        descriptionIt:
          "Soggiorno di ricerca congiunta in cardiometabolismo molecolare, una delle aree principali del PhD MEM dell'ateneo. Si entra in un gruppo ospitante su un progetto concordato prima dell'arrivo. Adatto a ricercatori post-dottorato e medici-ricercatori.",
        topics: ["cardiovascular-diseases", "molecular-medicine"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "PHYSICIAN"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 30,
        maxDays: 180,
        windows: [w("02-15", "12-17")],
      },
    ],
  },

  {
    slug: "unibs",
    name: "University of Brescia",
    nameIt: "Università degli Studi di Brescia",
    kind: "UNIVERSITY",
    city: "Brescia",
    address: null,
    website: "https://www.unibs.it",
    irccs: null,
    descriptionEn:
      "The University of Brescia runs a PhD in Biomedical Sciences and Translational Medicine in its Department of Molecular and Translational Medicine, with curricula in Neuroscience, in Oncology and Immunology, and in Pharmacology and Microbiology. Its anatomical dissection facility is a national reference centre for bodies donated to science.",
    descriptionIt:
      "L'Università degli Studi di Brescia ha un dottorato in Scienze Biomediche e Medicina Traslazionale nel Dipartimento di Medicina Molecolare e Traslazionale, con curricula in Neuroscienze, in Oncologia e Immunologia e in Farmacologia e Microbiologia. La sua struttura di dissezione anatomica è Centro di Riferimento nazionale per i corpi donati alla scienza.",
    languages: [],
    topics: [
      "translational-research",
      "neurosciences",
      "neoplasms",
      "immunology",
      "infections",
      "drug-therapy",
      "anatomy-dissection",
    ],
    facts: [
      {
        en: "PhD in Biomedical Sciences and Translational Medicine (Scienze Biomediche e Medicina Traslazionale), run by the Department of Molecular and Translational Medicine.",
        it: "Dottorato in Scienze Biomediche e Medicina Traslazionale, gestito dal Dipartimento di Medicina Molecolare e Traslazionale.",
        sources: [1, 2],
      },
      {
        en: "Curricula: Neuroscience; Oncology and Immunology; Pharmacology and Microbiology.",
        it: "Curricula: Neuroscienze; Oncologia e Immunologia; Farmacologia e Microbiologia.",
        sources: [1, 2],
      },
      {
        en: "Its anatomical dissection facility is a national reference centre for the conservation and use of bodies donated to science, with a dissection room ISO 9001 certified since 2014.",
        it: "La sua struttura di dissezione anatomica è Centro di Riferimento nazionale per la conservazione e l'utilizzo dei corpi donati alla scienza, con una sala settoria certificata ISO 9001 dal 2014.",
        sources: [3],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://www.unibs.it/en/education/post-lauream/phd-programmes/phd-glance/biomedical-sciences-and-translational-medicine",
        title: "University of Brescia: PhD in Biomedical Sciences and Translational Medicine",
        kind: "official",
      },
      {
        n: 2,
        url: "https://corsi.unibs.it/it/node/694",
        title: "University of Brescia courses: Scienze Biomediche e Medicina Traslazionale",
        kind: "official",
      },
      {
        n: 3,
        url: "https://centrodonazionecorpo.unibs.it/index.php/lastoria",
        title: "University of Brescia, body donation centre: history",
        kind: "official",
      },
    ],
    opportunities: [
      {
        key: "unibs-neuroscience-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Neuroscience doctoral exchange",
        titleIt: "Scambio dottorale in neuroscienze",
        descriptionEn:
          "A doctoral exchange built on the Neuroscience curriculum of the PhD in Biomedical Sciences and Translational Medicine. Visiting candidates spend a term in a host group of the Department of Molecular and Translational Medicine. English is the working language.",
        descriptionIt:
          "Scambio dottorale basato sul curriculum di Neuroscienze del dottorato in Scienze Biomediche e Medicina Traslazionale. I dottorandi in visita trascorrono un periodo in un gruppo del Dipartimento di Medicina Molecolare e Traslazionale. La lingua di lavoro è l'inglese.",
        topics: ["neurosciences", "translational-research"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 2,
        minDays: 60,
        maxDays: 180,
        windows: [w("02-01", "12-17")],
      },
      {
        key: "unibs-oncology-immunology-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Oncology and immunology doctoral exchange",
        titleIt: "Scambio dottorale in oncologia e immunologia",
        descriptionEn:
          "A doctoral exchange built on the Oncology and Immunology curriculum of the PhD in Biomedical Sciences and Translational Medicine. Visiting candidates join a host laboratory for a term on a thesis-related project. Places are offered as a spring cohort.",
        descriptionIt:
          "Scambio dottorale basato sul curriculum di Oncologia e Immunologia del dottorato in Scienze Biomediche e Medicina Traslazionale. I dottorandi in visita entrano per un periodo in un laboratorio ospitante su un progetto legato alla tesi. I posti sono organizzati in un gruppo primaverile.",
        topics: ["neoplasms", "immunology", "translational-research"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 4,
        minDays: 60,
        maxDays: 120,
        cohorts: [cohort("spring", "Spring", "03-08", "06-04", 4)],
        deadline: "01-31",
      },
      {
        key: "unibs-pharmacology-microbiology-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Pharmacology and microbiology joint research",
        titleIt: "Ricerca congiunta in farmacologia e microbiologia",
        descriptionEn:
          "A joint-research stay with groups of the Pharmacology and Microbiology curriculum of the PhD in Biomedical Sciences and Translational Medicine. Visitors work on a project on infections or drug action agreed in advance. Suited to postdoctoral researchers and clinician-scientists.",
        descriptionIt:
          "Soggiorno di ricerca congiunta con i gruppi del curriculum di Farmacologia e Microbiologia del dottorato in Scienze Biomediche e Medicina Traslazionale. Si lavora su un progetto sulle infezioni o sull'azione dei farmaci concordato in anticipo. Adatto a ricercatori post-dottorato e medici-ricercatori.",
        topics: ["infections", "drug-therapy", "translational-research"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "PHYSICIAN"],
        careerStages: ["EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 30,
        maxDays: 180,
        windows: [w("03-01", "12-17")],
      },
    ],
  },

  {
    slug: "uninsubria",
    name: "University of Insubria",
    nameIt: "Università degli Studi dell'Insubria",
    kind: "UNIVERSITY",
    city: "Varese",
    address: null,
    website: "https://www.uninsubria.it",
    irccs: null,
    descriptionEn:
      "The University of Insubria, based in Varese and Como, has a PhD in Clinical and Experimental Medicine and Medical Humanities, documented in a 2021 event booklet. An English summary of its 2019/20 PhD call also exists; the current cycle is to be confirmed.",
    descriptionIt:
      "L'Università degli Studi dell'Insubria, con sedi a Varese e Como, ha un dottorato in Medicina Clinica e Sperimentale e Medical Humanities, documentato in un opuscolo di un evento del 2021. Esiste anche una sintesi in inglese del bando di dottorato 2019/20; il ciclo attuale è da verificare.",
    languages: [],
    topics: ["translational-research"],
    facts: [
      {
        en: "PhD in Clinical and Experimental Medicine and Medical Humanities (Dottorato in Medicina Clinica e Sperimentale e Medical Humanities), seen in a 2021 event booklet.",
        it: "Dottorato in Medicina Clinica e Sperimentale e Medical Humanities, citato in un opuscolo di un evento del 2021.",
        sources: [1],
      },
      {
        en: "An English summary of the 2019/20 Insubria PhD call exists.",
        it: "Esiste una sintesi in inglese del bando di dottorato dell'Insubria 2019/20.",
        sources: [2],
      },
    ],
    sources: [
      {
        n: 1,
        url: "https://it.readkong.com/page/e-medical-humanities-in-medicina-clinica-e-sperimentale-1557047",
        title: "Event booklet: Medicina Clinica e Sperimentale e Medical Humanities (copy)",
        date: "2021",
        kind: "mirror",
      },
      {
        n: 2,
        url: "https://clevelandohioweatherforecast.com/php-proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F419602567%2FBando-35-Eng-Definitivo-Web",
        title: "Insubria PhD call 2019/20, English summary (proxy copy)",
        date: "2019",
        kind: "mirror",
      },
    ],
    opportunities: [
      {
        key: "uninsubria-clinical-experimental-medicine-doctoral-exchange",
        type: "DOCTORAL_EXCHANGE",
        titleEn: "Clinical and experimental medicine doctoral exchange",
        titleIt: "Scambio dottorale in medicina clinica e sperimentale",
        descriptionEn:
          "A doctoral exchange built on the PhD in Clinical and Experimental Medicine and Medical Humanities (documented in 2021; the current cycle is to be confirmed). Visiting candidates join a clinical or experimental research group in Varese for a term. English is the working language.",
        descriptionIt:
          "Scambio dottorale basato sul dottorato in Medicina Clinica e Sperimentale e Medical Humanities (documentato nel 2021; il ciclo attuale è da verificare). I dottorandi in visita entrano per un periodo in un gruppo di ricerca clinica o sperimentale a Varese. La lingua di lavoro è l'inglese.",
        topics: ["translational-research", "clinical-trials"],
        languages: [en("B2")],
        professions: ["DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE"],
        seats: 2,
        minDays: 60,
        maxDays: 150,
        windows: [w("02-15", "07-16"), w("09-13", "12-17")],
      },
      {
        key: "uninsubria-medical-humanities-joint-research",
        type: "JOINT_RESEARCH",
        titleEn: "Medical humanities joint research",
        titleIt: "Ricerca congiunta in medical humanities",
        descriptionEn:
          "A joint-research stay on the medical-humanities side of the university's PhD in Clinical and Experimental Medicine and Medical Humanities. Visitors work on projects in medical ethics, history of medicine or communication in care, agreed in advance. Open to researchers and clinicians; English is the working language.",
        descriptionIt:
          "Soggiorno di ricerca congiunta sul versante delle medical humanities del dottorato in Medicina Clinica e Sperimentale e Medical Humanities dell'ateneo. Si lavora su progetti di etica medica, storia della medicina o comunicazione nella cura, concordati in anticipo. Aperto a ricercatori e clinici; la lingua di lavoro è l'inglese.",
        topics: ["translational-research"],
        languages: [en("B2")],
        professions: ["RESEARCHER", "PHYSICIAN", "OTHER", "DOCTORAL_STUDENT"],
        careerStages: ["DOCTORAL_CANDIDATE", "EARLY_CAREER", "ESTABLISHED"],
        seats: 2,
        minDays: 30,
        maxDays: 120,
        windows: [w("03-01", "12-17")],
      },
    ],
  },
];

/** Every seeded centre: Lombardy's, then the partners abroad. */
export const centres: CentreSeed[] = [...lombardy, ...partnersAbroad];
