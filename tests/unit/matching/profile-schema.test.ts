/**
 * The /profile form's schema (app/matching/profile-validation.ts): what is accepted and
 * normalised, and that bad input (invalid ORCID iDs, unknown topics, reversed or
 * overlapping windows, non-http URLs, over-long text…) becomes a field error on the right
 * field.
 */
import { describe, expect, it } from "vitest";
import { createProfileSchema, STATEMENT_MAX } from "~/matching/profile-validation";

const TODAY = "2026-12-01";
const KNOWN = new Set(["carbon-ion-radiotherapy", "proton-therapy", "radiomics"]);
const schema = createProfileSchema({ today: TODAY, isKnownTopic: (id) => KNOWN.has(id) });

const valid = {
  profession: "PHYSICIAN",
  careerStage: "EARLY_CAREER",
  country: "pt",
  homeInstitution: "  Hospital in Porto ",
  rorId: "03yrm5c26",
  orcid: "https://orcid.org/0000-0002-1694-233x",
  website: "https://example.org/me",
  researchStatement: "Carbon ions.\r\nProtons.",
  stayTypes: ["OBSERVERSHIP", "CLINICAL_VISIT", "OBSERVERSHIP"],
  suggestToCentres: "on",
  languages: [
    { code: "PT", level: "C2" },
    { code: "en", level: "C1" },
  ],
  interests: [
    { topicId: "carbon-ion-radiotherapy", weight: "CORE" },
    { topicId: "radiomics", weight: "ALSO" },
  ],
  windows: [
    { start: "2027-01-04", end: "2027-02-28" },
    { start: "2027-03-01", end: "2027-05-31" },
  ],
};

/** Field paths with errors, as Conform names them ("windows.1.start" → windows[1].start). */
function errorsOf(input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("the profile schema", () => {
  it("accepts a complete profile and normalises it", () => {
    const value = schema.parse(valid);
    expect(value).toMatchObject({
      country: "PT",
      homeInstitution: "Hospital in Porto",
      rorId: "https://ror.org/03yrm5c26",
      orcid: "0000-0002-1694-233X",
      researchStatement: "Carbon ions.\nProtons.",
      stayTypes: ["OBSERVERSHIP", "CLINICAL_VISIT"],
      suggestToCentres: true,
      languages: [
        { code: "pt", level: "C2" },
        { code: "en", level: "C1" },
      ],
    });
  });

  it("needs only profession and career stage; blank rows are dropped, not errors", () => {
    const value = schema.parse({
      profession: "NURSE",
      careerStage: "RESIDENT",
      languages: [{}],
      windows: [{ start: undefined, end: undefined }],
    });
    expect(value).toMatchObject({
      languages: [],
      interests: [],
      windows: [],
      stayTypes: [],
      researchStatement: "",
      suggestToCentres: false,
    });
    expect(Object.keys(errorsOf({}))).toEqual(expect.arrayContaining(["profession", "careerStage"]));
  });

  it("makes an invalid ORCID iD a field error", () => {
    expect(errorsOf({ ...valid, orcid: "0000-0002-1825-0098" })).toEqual({
      orcid: ["profile:validation.orcidInvalid"],
    });
  });

  it("makes an invalid ROR ID a field error", () => {
    expect(errorsOf({ ...valid, rorId: "https://ror.org/03yrm5c27" })).toEqual({
      rorId: ["profile:validation.rorInvalid"],
    });
  });

  it("makes an unknown topic a field error on that topic", () => {
    const interests = [...valid.interests, { topicId: "astrology", weight: "CORE" }];
    expect(errorsOf({ ...valid, interests })).toEqual({ "interests.2.topicId": ["profile:validation.topicUnknown"] });
  });

  it("refuses a topic chosen twice and a language listed twice", () => {
    expect(errorsOf({ ...valid, interests: [...valid.interests, { topicId: "radiomics", weight: "CORE" }] })).toEqual({
      "interests.2.topicId": ["profile:validation.topicTwice"],
    });
    expect(errorsOf({ ...valid, languages: [...valid.languages, { code: "pt", level: "A1" }] })).toEqual({
      "languages.2.code": ["profile:validation.languageTwice"],
    });
  });

  it("refuses languages and countries outside ISO 639-1 / ISO 3166-1 and levels outside CEFR", () => {
    expect(errorsOf({ ...valid, languages: [{ code: "xx", level: "B2" }] })).toEqual({
      "languages.0.code": ["profile:validation.languageInvalid"],
    });
    expect(errorsOf({ ...valid, languages: [{ code: "it", level: "B3" }] })).toEqual({
      "languages.0.level": ["profile:validation.levelRequired"],
    });
    expect(errorsOf({ ...valid, country: "XK1" })).toEqual({ country: ["profile:validation.countryInvalid"] });
  });

  it("makes a reversed window a field error on its end", () => {
    expect(errorsOf({ ...valid, windows: [{ start: "2027-03-10", end: "2027-03-01" }] })).toEqual({
      "windows.0.end": ["profile:validation.windowReversed"],
    });
  });

  it("makes overlapping windows a field error on the later one (touching windows overlap by a day)", () => {
    const windows = [
      { start: "2027-01-04", end: "2027-02-28" },
      { start: "2027-02-28", end: "2027-03-15" },
    ];
    expect(errorsOf({ ...valid, windows })).toEqual({ "windows.1.start": ["profile:validation.windowOverlap"] });
    expect(errorsOf({ ...valid, windows: [windows[0], { start: "2027-03-01", end: "2027-03-15" }] })).toEqual({});
  });

  it("refuses impossible dates, windows already over, windows beyond two years and more than six windows", () => {
    expect(errorsOf({ ...valid, windows: [{ start: "2027-02-30", end: "2027-03-10" }] })).toEqual({
      "windows.0.start": ["profile:validation.dateInvalid"],
    });
    expect(errorsOf({ ...valid, windows: [{ start: "2026-10-01", end: "2026-11-30" }] })).toEqual({
      "windows.0.end": ["profile:validation.windowPast"],
    });
    expect(errorsOf({ ...valid, windows: [{ start: "2026-11-01", end: "2026-12-01" }] })).toEqual({});
    expect(errorsOf({ ...valid, windows: [{ start: "2028-11-01", end: "2028-12-02" }] })).toEqual({
      "windows.0.end": ["profile:validation.windowTooFar"],
    });
    const seven = Array.from({ length: 7 }, (_, i) => ({ start: `2027-0${i + 1}-01`, end: `2027-0${i + 1}-10` }));
    expect(errorsOf({ ...valid, windows: seven })).toEqual({ windows: ["profile:validation.tooManyWindows"] });
  });

  it.each(["javascript:alert(1)", "ftp://example.org/cv", "mailto:me@example.org", "example.org"])(
    "makes the website %s a field error",
    (website) => {
      expect(errorsOf({ ...valid, website })).toEqual({ website: ["profile:validation.websiteInvalid"] });
    },
  );

  it("makes over-long text a field error, counting characters, not bytes", () => {
    expect(errorsOf({ ...valid, researchStatement: "é".repeat(STATEMENT_MAX) })).toEqual({});
    expect(errorsOf({ ...valid, researchStatement: "x".repeat(STATEMENT_MAX + 1) })).toEqual({
      researchStatement: ["profile:validation.statementTooLong"],
    });
    expect(errorsOf({ ...valid, homeInstitution: "x".repeat(201) })).toEqual({
      homeInstitution: ["profile:validation.institutionTooLong"],
    });
    expect(errorsOf({ ...valid, website: `https://example.org/${"a".repeat(500)}` })).toEqual({
      website: ["profile:validation.websiteTooLong"],
    });
  });

  it("refuses unknown stay types and professions", () => {
    expect(errorsOf({ ...valid, stayTypes: ["HOLIDAY"] })).toEqual({
      "stayTypes.0": ["profile:validation.stayTypeInvalid"],
    });
    expect(errorsOf({ ...valid, profession: "ASTRONAUT" })).toEqual({
      profession: ["profile:validation.professionRequired"],
    });
  });

  it("in the browser (no taxonomy) checks a topic's shape only", () => {
    const browser = createProfileSchema({ today: TODAY });
    expect(browser.safeParse({ ...valid, interests: [{ topicId: "astrology", weight: "CORE" }] }).success).toBe(true);
    expect(browser.safeParse({ ...valid, interests: [{ topicId: "<script>", weight: "CORE" }] }).success).toBe(false);
  });
});
