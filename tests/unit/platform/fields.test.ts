/**
 * ORCID iD (ISO/IEC 7064 MOD 11-2) and ROR ID (ISO/IEC 7064 MOD 97-10) check characters,
 * with the examples from ORCID's and ROR's documentation, and properties: every computed
 * identifier is valid, and changing any one character of a valid one makes it invalid.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isHttpUrl,
  isValidOrcid,
  normaliseOrcid,
  normaliseRorId,
  orcidCheckCharacter,
  rorChecksum,
} from "~/platform/fields";

describe("ORCID iD", () => {
  it.each(["0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X"])(
    "accepts ORCID's documented example %s",
    (id) => {
      expect(isValidOrcid(id)).toBe(true);
      expect(normaliseOrcid(id)).toBe(id);
    },
  );

  it.each([
    "0000-0002-1825-0098",
    "0000-0002-1825-0087",
    "0000-0001-5109-3701",
    "0000-0002-1694-2330",
    "0000-0003-1694-233X",
    "1000-0002-1825-0097",
  ])("refuses %s (one character changed)", (id) => {
    expect(isValidOrcid(id)).toBe(false);
  });

  it("computes the check character of the documented examples", () => {
    expect(orcidCheckCharacter("000000021825009")).toBe("7");
    expect(orcidCheckCharacter("000000015109370")).toBe("0");
    expect(orcidCheckCharacter("000000021694233")).toBe("X");
  });

  it("accepts the https://orcid.org/ form, spaces, no hyphens and a lower-case x, and returns the bare iD", () => {
    expect(normaliseOrcid("https://orcid.org/0000-0002-1825-0097")).toBe("0000-0002-1825-0097");
    expect(normaliseOrcid(" 0000 0002 1825 0097 ")).toBe("0000-0002-1825-0097");
    expect(normaliseOrcid("000000021694233x")).toBe("0000-0002-1694-233X");
  });

  it.each([
    "",
    "0000-0002-1825-009",
    "0000-0002-1825-00977",
    "0000-0002-1825-009A",
    "X000-0002-1825-0097",
    "https://example.org/0000-0002-1825-0097",
  ])("refuses malformed input %j", (id) => {
    expect(normaliseOrcid(id)).toBeNull();
  });

  it("property: a computed iD is valid and any single-character change is caught", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{15}$/), fc.nat(15), fc.nat(10), (base, position, replacement) => {
        const id = base + orcidCheckCharacter(base);
        expect(isValidOrcid(id)).toBe(true);
        const alphabet = position === 15 ? "0123456789X" : "0123456789";
        const next = alphabet[replacement % alphabet.length]!;
        if (next === id[position]) return;
        const changed = id.slice(0, position) + next + id.slice(position + 1);
        expect(isValidOrcid(changed)).toBe(false);
      }),
    );
  });
});

describe("ROR ID", () => {
  it.each(["03yrm5c26", "01ggx4157", "00wjc7c48", "00s6t1f81", "02crff812"])(
    "accepts the registered ROR ID %s",
    (id) => {
      expect(normaliseRorId(id)).toBe(`https://ror.org/${id}`);
      expect(normaliseRorId(`https://ror.org/${id}`)).toBe(`https://ror.org/${id}`);
      expect(normaliseRorId(`HTTP://ROR.ORG/${id.toUpperCase()}`)).toBe(`https://ror.org/${id}`);
    },
  );

  it("computes the MOD 97-10 checksum of the 6 base-32 characters", () => {
    expect(rorChecksum("3yrm5c")).toBe("26");
    expect(rorChecksum("1ggx41")).toBe("57");
  });

  it.each([
    "03yrm5c27",
    "03yrm5d26",
    "13yrm5c26",
    "03yrm5c2",
    "03yrm5c266",
    "03yrl5c26",
    "03yro5c26",
    "03yri5c26",
    "03yru5c26",
    "https://example.org/03yrm5c26",
  ])("refuses %s", (id) => {
    expect(normaliseRorId(id)).toBeNull();
  });

  it("property: any single-character change of a valid ROR ID is caught", () => {
    const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    fc.assert(
      fc.property(
        fc.array(fc.nat(31), { minLength: 6, maxLength: 6 }),
        fc.nat(5),
        fc.nat(31),
        (digits, position, replacement) => {
          const core = digits.map((d) => alphabet[d]).join("");
          const id = `0${core}${rorChecksum(core)}`;
          expect(normaliseRorId(id)).toBe(`https://ror.org/${id}`);
          const next = alphabet[replacement]!;
          if (next === core[position]) return;
          const changed = `0${core.slice(0, position)}${next}${core.slice(position + 1)}${id.slice(7)}`;
          expect(normaliseRorId(changed)).toBeNull();
        },
      ),
    );
  });
});

describe("website", () => {
  it.each(["https://example.org", "http://example.org/me?x=1", "https://sub.example.org/a/b#c"])(
    "accepts %s",
    (url) => {
      expect(isHttpUrl(url)).toBe(true);
    },
  );
  it.each([
    "javascript:alert(1)",
    "ftp://example.org",
    "mailto:me@example.org",
    "data:text/html,hi",
    "example.org",
    "//example.org",
    "https://",
    "https://exa mple.org",
  ])("refuses %s", (url) => {
    expect(isHttpUrl(url)).toBe(false);
  });
});
