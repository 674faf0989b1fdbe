/**
 * Ponte's Italian speaks in one register, the formal *Lei* that Italian hospitals and
 * public administrations use (issue 13, part 7): no string in app/locales/it or in the
 * Italian e-mails may use a *tu* pronoun or a second-person verb form. Short button and
 * link labels may keep the conventional neutral command ("Invia", "Chiedi informazioni"),
 * and only those listed in LABELS.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emailStrings } from "../../../emails/i18n";

const LOCALES = new URL("../../../app/locales/it/", import.meta.url);

/** Label keys ("file:key.path") allowed to use a neutral command that is also a tu imperative. */
const LABELS = new Set(["accounts:reset.again", "accounts:account.delete.cancel", "inbox:page.requestInfo"]);

/** Forms that are second person wherever they stand (pronouns and -ere/-ire verbs). */
const ANYWHERE = [
  "tu",
  "tuo",
  "tua",
  "tuoi",
  "tue",
  "ti",
  "te",
  "hai",
  "sei",
  "puoi",
  "vuoi",
  "devi",
  "stai",
  "eri",
  "sai",
  "inserisci",
  "scegli",
  "scegline",
  "attendi",
  "scrivi",
  "segui",
  "chiedi",
  "chiedine",
  "mantieni",
  "scopri",
  "rifai",
  "coordini",
  "cercavi",
  "ricevi",
  "vorresti",
  "confermalo",
  "cambialo",
  "rimuovilo",
  "mostrane",
  "mostrala",
  "lasciali",
  "scriverti",
  "decidi",
];
/** -are imperatives that read like a third-person verb mid-sentence, so only at a clause's start. */
const AT_CLAUSE_START = [
  "controlla",
  "riprova",
  "ricarica",
  "usa",
  "indica",
  "prova",
  "compila",
  "spunta",
  "verifica",
  "contatta",
  "reimposta",
  "numera",
  "cita",
];
const LETTER = "\\p{L}";
const anywhere = new RegExp(`(?<!${LETTER})(${ANYWHERE.join("|")})(?!${LETTER})`, "iu");
const atClauseStart = new RegExp(
  `(?:^|[.:;!?(]\\s*|,\\s*|\\b(?:e|oppure|poi|o)\\s+)(${AT_CLAUSE_START.join("|")})(?!${LETTER})`,
  "iu",
);

/** The first tu form in `text`, or null. */
export function tuForm(text: string): string | null {
  return anywhere.exec(text)?.[1] ?? atClauseStart.exec(text)?.[1] ?? null;
}

function leaves(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === "string") out.push([path, value]);
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) leaves(child, path ? `${path}.${key}` : key, out);
  return out;
}

function italianStrings(): [string, string][] {
  const out: [string, string][] = [];
  for (const file of readdirSync(LOCALES).filter((name) => name.endsWith(".json"))) {
    const ns = file.replace(/\.json$/, "");
    const json: unknown = JSON.parse(readFileSync(new URL(file, LOCALES), "utf8"));
    for (const [key, text] of leaves(json, "", [])) out.push([`${ns}:${key}`, text]);
  }
  for (const [key, text] of leaves(emailStrings.it, "", [])) out.push([`emails:${key}`, text]);
  return out;
}

describe("Italian register", () => {
  it("recognises tu forms and leaves Lei forms and look-alike nouns alone", () => {
    expect(tuForm("Controlla la tua casella di posta")).toBe("tua");
    expect(tuForm("Hai già un account?")).toBe("Hai");
    expect(tuForm("Attendi un momento e riprova.")).toBe("Attendi");
    expect(tuForm("Ricarica la pagina.")).toBe("Ricarica");
    expect(tuForm("Vedi le proposte per te")).toBe("te");
    expect(tuForm("Controlli la Sua casella di posta")).toBeNull();
    expect(tuForm("Ha già un account?")).toBeNull();
    expect(tuForm("Attenda un momento e riprovi.")).toBeNull();
    expect(tuForm("La pubblicazione usa i dati salvati")).toBeNull();
    expect(tuForm("ogni pagina dei percorsi di prova nel browser")).toBeNull();
  });

  it("uses the formal Lei in every Italian UI string and e-mail", () => {
    const strings = italianStrings();
    expect(strings.length).toBeGreaterThan(500);
    const offending = strings
      .filter(([key]) => !LABELS.has(key))
      .map(([key, text]) => [key, tuForm(text), text] as const)
      .filter(([, form]) => form !== null)
      .map(([key, form, text]) => `${key} («${form}»): ${text}`);
    expect(offending).toEqual([]);
  });
});
