/** Country and language lists: CLDR names in the page's language, collated order, common languages first. */
import countries from "i18n-iso-countries";
import ISO6391 from "iso-639-1";
import { describe, expect, it } from "vitest";
import {
  COUNTRY_CODES,
  countryOrder,
  LANGUAGE_CODES,
  languageOrder,
  namedOptions,
} from "~/platform/reference-lists";
import {
  acceptedLanguages,
  countryName,
  countryOptions,
  groupedLanguageOrder,
  languageOptions,
} from "~/platform/reference-lists.server";

const labels = (list: { label: string }[]) => list.map((o) => o.label);
const sortedBy = (list: string[], locale: string) =>
  [...list].sort(new Intl.Collator(locale, { sensitivity: "base" }).compare);

describe("countries", () => {
  it("uses the names people use, filed under them, in English and Italian", () => {
    expect(countryName("IR", "en")).toBe("Iran");
    expect(countryName("TW", "en")).toBe("Taiwan");
    expect(countryName("HK", "en")).toBe("Hong Kong");
    expect(countryName("GB", "en")).toBe("United Kingdom");
    expect(countryName("DE", "it")).toBe("Germania");
    expect(countryName("XX", "en")).toBe("XX");
    const en = labels(countryOptions("en"));
    expect(en).toEqual(sortedBy(en, "en-GB"));
    expect(en.slice(en.indexOf("India"), en.indexOf("India") + 5)).toEqual([
      "India",
      "Indonesia",
      "Iran",
      "Iraq",
      "Ireland",
    ]);
    const it = labels(countryOptions("it"));
    expect(it).toEqual(sortedBy(it, "it"));
    expect(it).toContain("Stati Uniti");
    expect(it).toContain("Taiwan");
  });
});

describe("languages", () => {
  it("names every ISO 639-1 language in the page's language, sorted for that language", () => {
    const en = languageOptions("en");
    expect(en.length).toBeGreaterThan(180);
    expect(labels(en)).toEqual(sortedBy(labels(en), "en-GB"));
    expect(en.find((o) => o.value === "de")?.label).toBe("German");
    const it = languageOptions("it");
    expect(it.find((o) => o.value === "de")?.label).toBe("Tedesco");
    expect(labels(it)).toEqual(sortedBy(labels(it), "it"));
  });

  it("puts EN, IT, FR, DE, ES, PT and then the browser's languages first", () => {
    const { common, all } = groupedLanguageOrder("en", "pl-PL,pl;q=0.9,en;q=0.8,uk;q=0.7,xx;q=0.6,ja;q=0");
    expect(common).toEqual(["en", "it", "fr", "de", "es", "pt", "pl", "uk"]);
    expect(labels(namedOptions("language", common, "en")).slice(0, 2)).toEqual(["English", "Italian"]);
    expect(namedOptions("language", all, "en")).toEqual(languageOptions("en"));
    expect(labels(namedOptions("language", groupedLanguageOrder("it", null).common, "it"))).toEqual([
      "Inglese",
      "Italiano",
      "Francese",
      "Tedesco",
      "Spagnolo",
      "Portoghese",
    ]);
  });

  it("reads Accept-Language by quality, leaving out refusals and unknown codes", () => {
    expect(acceptedLanguages("fr;q=0.5, de-CH, en;q=0.7, es;q=0")).toEqual(["de", "en", "fr"]);
    expect(acceptedLanguages(null)).toEqual([]);
    expect(acceptedLanguages("*")).toEqual([]);
  });
});

describe("the codes shipped to the browser", () => {
  it("are the libraries' lists, and Node names every one of them in English and Italian", () => {
    expect([...COUNTRY_CODES].sort()).toEqual(Object.keys(countries.getAlpha2Codes()).sort());
    expect([...LANGUAGE_CODES].sort()).toEqual(ISO6391.getAllCodes().sort());
    for (const language of ["en", "it"]) {
      expect(countryOptions(language).filter((o) => o.label === o.value)).toEqual([]);
      expect(languageOptions(language).filter((o) => o.label === o.value)).toEqual([]);
    }
  });

  it("come as an order that names back into the same options, unknown codes left out", () => {
    for (const language of ["en", "it"]) {
      expect(namedOptions("country", countryOrder(language), language)).toEqual(countryOptions(language));
      expect(namedOptions("language", languageOrder(language), language)).toEqual(languageOptions(language));
    }
    expect(namedOptions("country", "PT XX IT", "it")).toEqual([
      { value: "PT", label: "Portogallo" },
      { value: "IT", label: "Italia" },
    ]);
    expect(namedOptions("country", "", "en")).toEqual([]);
  });
});
