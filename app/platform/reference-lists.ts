/**
 * Country and language names for pickers, shared by server and browser (issue 15): the codes
 * are static here (ISO 3166-1 alpha-2 as listed by i18n-iso-countries 7.14, ISO 639-1 as
 * listed by iso-639-1 3.1.5; a unit test keeps them equal), the names come from the runtime's
 * CLDR data (`Intl.DisplayNames`) and the order from `Intl.Collator`, in the UI language.
 *
 * A page's loader sends only the order (`countryOrder`/`languageOrder`, codes joined by
 * spaces) and the page names the codes itself (`namedOptions`), so a list of names is sent
 * once, as the HTML's <option>s, not also in the hydration data. The browser's CLDR may name
 * a few codes differently from Node's: the order still comes from the server, so every
 * option keeps its value, and `<option suppressHydrationWarning>` lets React put the
 * browser's name in place without a mismatch error (React 18 replaces an element's text when
 * it differs; it never fixes attributes, hence the order from the server).
 */

export interface Option {
  value: string;
  label: string;
}

/** ISO 3166-1 alpha-2 codes (with Kosovo, XK). */
export const COUNTRY_CODES: readonly string[] = (
  "AF AL DZ AS AD AO AI AQ AG AR AM AW AU AT AZ BS BH BD BB BY BE BZ BJ BM BT BO BA BW BV BR IO BN BG BF BI " +
  "KH CM CA CV KY CF TD CL CN CX CC CO KM CG CD CK CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE ET FK FO FJ " +
  "FI FR GF PF TF GA GM GE DE GH GI GR GL GD GP GU GT GN GW GY HT HM VA HN HK HU IS IN ID IR IQ IE IL IT JM JP " +
  "JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MO MG MW MY MV ML MT MH MQ MR MU YT MX FM MD MC MN MS MA " +
  "MZ MM NA NR NP NL NC NZ NI NE NG NU NF MP MK NO OM PK PW PS PA PG PY PE PH PN PL PT PR QA RE RO RU RW SH KN " +
  "LC PM VC WS SM ST SA SN SC SL SG SK SI SB SO ZA GS ES LK SD SR SJ SZ SE CH SY TW TJ TZ TH TL TG TK TO TT TN " +
  "TR TM TC TV UG UA AE GB US UM UY UZ VU VE VN VG VI WF EH YE ZM ZW AX BQ CW GG IM JE ME BL MF RS SX SS XK"
).split(" ");

/** ISO 639-1 codes. */
export const LANGUAGE_CODES: readonly string[] = (
  "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee " +
  "el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is " +
  "it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms " +
  "mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk " +
  "sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi " +
  "yo za zh zu"
).split(" ");

const LANGUAGE_SET = new Set(LANGUAGE_CODES);

/** Whether `code` is an ISO 639-1 code ("pt" yes, "xx" and "PT" no). */
export const isLanguageCode = (code: string) => LANGUAGE_SET.has(code);

/** Languages listed first for everyone (then the browser's), in this order. */
export const COMMON_LANGUAGES = ["en", "it", "fr", "de", "es", "pt"] as const;

/**
 * Regions whose standard CLDR name is an administrative title ("Hong Kong SAR China") where
 * the short one is the name people use; elsewhere the short form is an abbreviation ("UK").
 */
const SHORT_REGION_NAMES = new Set(["HK", "MO", "PS"]);

const locale = (language: string) => (language === "it" ? "it" : "en-GB");

/** Built once per UI language and kept (building one per name cost more than the name). */
const collators = new Map<string, Intl.Collator>();
const regionNames = new Map<string, { standard: Intl.DisplayNames; short: Intl.DisplayNames }>();
const languageNames = new Map<string, Intl.DisplayNames>();
const countryLists = new Map<string, Option[]>();
const languageLists = new Map<string, Option[]>();

function collator(language: string): Intl.Collator {
  let c = collators.get(language);
  if (!c) collators.set(language, (c = new Intl.Collator(locale(language), { sensitivity: "base" })));
  return c;
}

/** The country's name in `language` ("IR" → "Iran", "TW" → "Taiwan"), or the code when unknown. */
export function countryName(code: string, language: string): string {
  let names = regionNames.get(language);
  if (!names) {
    const make = (style: "long" | "short") =>
      new Intl.DisplayNames([locale(language)], { type: "region", style, fallback: "none" });
    names = { standard: make("long"), short: make("short") };
    regionNames.set(language, names);
  }
  const upper = code.toUpperCase();
  try {
    return (SHORT_REGION_NAMES.has(upper) ? names.short : names.standard).of(upper) ?? code;
  } catch {
    return code;
  }
}

/** The language's name in `language`, capitalised for a list ("pt" → "Portuguese" / "Portoghese"), or the code. */
export function languageOptionLabel(code: string, language: string): string {
  try {
    let names = languageNames.get(language);
    if (!names) {
      names = new Intl.DisplayNames([locale(language)], { type: "language", fallback: "none" });
      languageNames.set(language, names);
    }
    const name = names.of(code);
    if (name) return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    // an invalid code: its own name
  }
  return code;
}

/** Every country, `{value: "PT", label: "Portugal"}`, sorted by name in `language`. Kept per language. */
export function countryOptions(language: string): Option[] {
  let list = countryLists.get(language);
  if (!list) {
    const compare = collator(language);
    list = COUNTRY_CODES.map((value) => ({ value, label: countryName(value, language) })).sort((a, b) =>
      compare.compare(a.label, b.label),
    );
    countryLists.set(language, list);
  }
  return list;
}

/** Every ISO 639-1 language, `{value: "pt", label: "Portuguese"}`, sorted by name in `language`. Kept per language. */
export function languageOptions(language: string): Option[] {
  let list = languageLists.get(language);
  if (!list) {
    const compare = collator(language);
    const named = LANGUAGE_CODES.map((value) => ({ value, label: languageOptionLabel(value, language) }));
    // A few codes share a display name (e.g. "ak" and "tw"): the code tells them apart.
    const seen = new Map<string, number>();
    for (const o of named) seen.set(o.label, (seen.get(o.label) ?? 0) + 1);
    list = named
      .map((o) => (seen.get(o.label)! > 1 ? { ...o, label: `${o.label} (${o.value})` } : o))
      .sort((a, b) => compare.compare(a.label, b.label));
    languageLists.set(language, list);
  }
  return list;
}

/**
 * The order of `countryOptions(language)` as codes joined by spaces ("AF AX AL …"), for a
 * loader to send; `except` leaves codes out (e.g. ["IT"] for centres abroad).
 */
export function countryOrder(language: string, { except = [] }: { except?: readonly string[] } = {}): string {
  return countryOptions(language)
    .filter((o) => !except.includes(o.value))
    .map((o) => o.value)
    .join(" ");
}

/** The order of `languageOptions(language)` as codes joined by spaces ("ab aa af …"), for a loader to send. */
export const languageOrder = (language: string) => languageOptions(language).map((o) => o.value).join(" ");

/** A language picker's order: `common` codes first (an array), then `all` (codes joined by spaces, by name). */
export interface LanguagePickerOrder {
  common: string[];
  all: string;
}

const labelMaps = new Map<string, Map<string, string>>();

/**
 * Options for `codes` (an order from `countryOrder`/`languageOrder`, or an array of codes), in
 * that order, named in `language` by this runtime. Render each as
 * `<option value={o.value} suppressHydrationWarning>{o.label}</option>`: the browser may name
 * a code differently from the server. Unknown codes are left out.
 */
export function namedOptions(kind: "country" | "language", codes: string | readonly string[], language: string): Option[] {
  const key = `${kind}:${language}`;
  let labels = labelMaps.get(key);
  if (!labels) {
    const list = kind === "country" ? countryOptions(language) : languageOptions(language);
    labels = new Map(list.map((o) => [o.value, o.label]));
    labelMaps.set(key, labels);
  }
  const list = typeof codes === "string" ? (codes ? codes.split(" ") : []) : codes;
  return list.flatMap((value) => {
    const label = labels.get(value);
    return label === undefined ? [] : [{ value, label }];
  });
}
