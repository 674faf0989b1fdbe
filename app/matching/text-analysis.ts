/**
 * Language-aware text analysis for the ranker's text part (pure, no I/O): tokens,
 * English and Italian stop words (the `stopword` package's lists, plus the catalogue's
 * own filler words), Snowball stemming (`snowball-stemmers`), and the surface form a
 * person wrote for each stem, so reasons quote their words as they wrote them.
 *
 * - A statement is stemmed in its language: Italian when it has more Italian than
 *   English stop words, English otherwise.
 * - An opportunity's text holds both languages (title and description in English and
 *   Italian), so each of its words is indexed under its English and its Italian stem.
 * - Topic names (labels and synonyms, both languages) bridge the languages: a statement
 *   phrase that is a name of a topic also searches the words of its other names, quoted
 *   as the phrase the person wrote ("protonterapia" finds "proton therapy").
 */
import { eng, ita } from "stopword";
import { newStemmer } from "snowball-stemmers";

/** Languages a text is stemmed in. */
export type TextLanguage = "en" | "it";

const english = newStemmer("english");
const italian = newStemmer("italian");

/** Lower case, accents folded (NFD without combining marks). */
export function fold(word: string): string {
  const t = word.toLowerCase();
  return /^[a-z0-9]*$/.test(t) ? t : t.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

const ENGLISH_STOP = new Set(eng.map(fold));
const ITALIAN_STOP = new Set(ita.map(fold));

/**
 * Words every opportunity's text uses to describe a visit (what, where, how long), not its
 * subject: never a reason to match, never quoted. English and Italian, folded.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    "also about after all any before between both during within without per via upon across " +
    "centre center centres centers centro centri programme programmes program programs programma programmi " +
    "observe observes observed observing observation observations observer observers observership observerships " +
    "osservare osservazione osservazioni osservatore osservatori " +
    "deliver delivers delivered delivering delivery erogare erogato erogata erogati " +
    "visit visits visiting visitor visitors visita visite visitatore visitatori " +
    "stay stays soggiorno soggiorni week weeks settimana settimane day days giorno giorni " +
    "month months mese mesi year years anno anni place places posto posti " +
    "offer offers offered offering offre offerto offerta include includes including included " +
    "includono incluso inclusa take takes taking run runs running ran work works working worked " +
    "people person persone persona professional professionals professionista professionisti " +
    "participant participants partecipante partecipanti " +
    "il lo la gli le un uno una di del dello della dei degli delle da dal dallo dalla dai dagli dalle nel nello " +
    "nella nei negli nelle con su sul sullo sulla sui sugli sulle tra fra ed od ma se che chi cui non come " +
    "anche piu mio mia miei mie tuo tua suo sua nostro nostra loro questo questa questi queste quello quella " +
    "sono sei siamo siete ho hai ha abbiamo avete hanno essere avere mi ti si ci vi al allo alla ai agli alle " +
    "dell dall nell sull all"
  ).split(" "),
);

/** True for a folded word that is a stop word of English or Italian, or catalogue filler. */
export function isStopWord(folded: string): boolean {
  return ENGLISH_STOP.has(folded) || ITALIAN_STOP.has(folded) || FILLER_WORDS.has(folded);
}

/** Words: runs of letters and digits (Unicode), with inner apostrophes split ("dell'ospedale"). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The language a text is most likely in, from its stop words (English on a tie). */
export function detectLanguage(text: string): TextLanguage {
  let en = 0;
  let it = 0;
  for (const w of words(text)) {
    const f = fold(w);
    if (ENGLISH_STOP.has(f)) en++;
    if (ITALIAN_STOP.has(f)) it++;
  }
  return it > en ? "it" : "en";
}

/**
 * Stems already computed, per language: a word's stem never changes, and a catalogue's
 * vocabulary is small beside its text (issue 15: Snowball took 72 % of building the match
 * index at 10,000 opportunities, about 17 s of CPU, stemming the same words again and again).
 * Bounded: emptied when it reaches `STEM_MEMO_SIZE` words.
 */
const stemMemo: Record<TextLanguage, Map<string, string>> = { en: new Map(), it: new Map() };
const STEM_MEMO_SIZE = 50_000;

/** The stem of a folded word in a language (Snowball), remembered. */
export function stem(folded: string, language: TextLanguage): string {
  const memo = stemMemo[language];
  let stemmed = memo.get(folded);
  if (stemmed === undefined) {
    stemmed = fold(language === "it" ? italian.stem(folded) : english.stem(folded));
    if (memo.size >= STEM_MEMO_SIZE) memo.clear();
    memo.set(folded, stemmed);
  }
  return stemmed;
}

/** A word kept for search: its stem and the form it had in the text. */
export interface AnalysedWord {
  stem: string;
  /** As written, lower-cased (accents kept). */
  surface: string;
  /** Position among the text's words (stop words count). */
  position: number;
}

/** The content words of a text, stemmed in `language`: stop words, filler and 1-letter words left out. */
export function analyse(text: string, language: TextLanguage): AnalysedWord[] {
  const out: AnalysedWord[] = [];
  words(text).forEach((w, position) => {
    const f = fold(w);
    if (f.length < 2 || isStopWord(f)) return;
    out.push({ stem: stem(f, language), surface: w.toLowerCase(), position });
  });
  return out;
}

/**
 * An opportunity's indexed terms: each content word under its English stem and, when it
 * differs, its Italian stem (its text holds both languages).
 */
export function documentTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const f = fold(w);
    if (f.length < 2 || isStopWord(f)) continue;
    const en = stem(f, "en");
    const it = stem(f, "it");
    out.push(en);
    if (it !== en) out.push(it);
  }
  return out;
}

/** Names of one topic (label and synonyms) in English and Italian. */
export interface TopicNames {
  en: readonly string[];
  it: readonly string[];
}

interface BridgeEntry {
  /** Stems of one name, in the language of the statement it can match. */
  stems: readonly string[];
  /** Stems of the topic's names in the other language. */
  targets: readonly string[];
}

/** Topic names for bridging languages, by the statement's language: first stem → names. */
export type NameBridge = Readonly<Record<TextLanguage, ReadonlyMap<string, readonly BridgeEntry[]>>>;

/**
 * Builds the bridge from each topic's names: a name in one language, found in a statement
 * in that language, brings in the words of the topic's names in the other language.
 */
export function buildNameBridge(topics: readonly TopicNames[]): NameBridge {
  const bridge = { en: new Map<string, BridgeEntry[]>(), it: new Map<string, BridgeEntry[]>() };
  for (const topic of topics) {
    for (const [from, to] of [
      ["en", "it"],
      ["it", "en"],
    ] as const) {
      const targets = [...new Set(topic[to].flatMap((name) => analyse(name, to).map((w) => w.stem)))];
      if (targets.length === 0) continue;
      for (const name of topic[from]) {
        const stems = analyse(name, from).map((w) => w.stem);
        if (stems.length === 0) continue;
        const list = bridge[from].get(stems[0]!) ?? [];
        list.push({ stems, targets });
        bridge[from].set(stems[0]!, list);
      }
    }
  }
  return bridge;
}

/** A statement's search terms: stem → the words the person wrote for it. */
export interface StatementTerms {
  /** Distinct stems in order of first appearance (the statement's own, then bridged ones). */
  stems: string[];
  /** Stem → surface form quoted for it (the first form written; for a bridged stem, the phrase). */
  surface: Map<string, string>;
}

/**
 * A statement's terms: its content words stemmed in its language, then, for a phrase that
 * names a topic and has a word `known` says the catalogue lacks, the words of the topic's
 * names in the other language (quoted as that phrase).
 */
export function statementTerms(
  statement: string,
  bridge: NameBridge | null,
  known: (stem: string) => boolean = () => false,
): StatementTerms {
  const language = detectLanguage(statement);
  const analysed = analyse(statement, language);
  const stems: string[] = [];
  const surface = new Map<string, string>();
  for (const w of analysed) {
    if (surface.has(w.stem)) continue;
    surface.set(w.stem, w.surface);
    stems.push(w.stem);
  }
  if (bridge === null) return { stems, surface };
  for (let k = 0; k < analysed.length; k++) {
    for (const entry of bridge[language].get(analysed[k]!.stem) ?? []) {
      const n = entry.stems.length;
      if (k + n > analysed.length) continue;
      let same = true;
      for (let j = 0; j < n && same; j++) same = analysed[k + j]!.stem === entry.stems[j];
      // A phrase's words must be adjacent in the statement (stop words between are fine).
      if (!same || analysed[k + n - 1]!.position - analysed[k]!.position > 2 * (n - 1)) continue;
      // Only a phrase the catalogue's text does not already contain needs a bridge (it holds both languages).
      if (entry.stems.every(known)) continue;
      const phrase = analysed
        .slice(k, k + n)
        .map((w) => w.surface)
        .join(" ");
      for (const s of entry.targets) {
        if (surface.has(s)) continue;
        surface.set(s, phrase);
        stems.push(s);
      }
    }
  }
  return { stems, surface };
}
