/**
 * The server's memo of translations (app/platform/i18n-memo.server.ts): the same strings as
 * i18next gives, whatever the key, plural count, interpolated value, namespace or language;
 * options it cannot key (objects, `returnObjects`) go to i18next every time.
 */
import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { i18nConfig, resources } from "~/platform/i18n";
import { memoizeTranslations } from "~/platform/i18n-memo.server";

async function instances(lng: string) {
  const plain = createInstance();
  await plain.init({ ...i18nConfig, resources, lng });
  const memo = createInstance();
  await memo.init({ ...i18nConfig, resources, lng });
  return { plain, memo: memoizeTranslations(memo) };
}

describe("memoizeTranslations", () => {
  it("gives i18next's strings for keys, plurals, interpolation and namespaces, asked twice", async () => {
    for (const lng of ["en", "it"]) {
      const { plain, memo } = await instances(lng);
      const calls: [string, Record<string, unknown>?][] = [
        ["home.counts.centres", { count: 1 }],
        ["home.counts.centres", { count: 5 }],
        ["opportunity.stay", { min: 3, max: 10 }],
        ["opportunity.stay", { min: 4, max: 10 }],
        ["reference", { id: "<b>x</b>" }],
        ["reference", { id: "y" }],
        ["opportunities.title"],
        ["no.such.key"],
        ["no.such.key", { defaultValue: "fallback" }],
      ];
      for (const ns of [undefined, "common", "accounts"]) {
        const a = plain.getFixedT(null, ns ?? null);
        const b = memo.getFixedT(null, ns ?? null);
        for (let round = 0; round < 2; round++)
          for (const [key, options] of calls) expect(b(key, options), `${lng} ${ns} ${key}`).toBe(a(key, options));
      }
    }
  });

  it("keeps one function per language, namespace and prefix, and passes object options through", async () => {
    const { memo } = await instances("en");
    expect(memo.getFixedT(null, "common")).toBe(memo.getFixedT(null, "common"));
    expect(memo.getFixedT(null, "common")).not.toBe(memo.getFixedT(null, "accounts"));
    const t = memo.getFixedT(null, "common");
    const first = t("home.counts", { returnObjects: true }) as unknown;
    expect(typeof first).toBe("object");
    const a = t("opportunity.stay", { min: { toString: () => "3" }, max: 9 });
    const b = t("opportunity.stay", { min: { toString: () => "4" }, max: 9 });
    expect(a).toContain("3");
    expect(b).toContain("4");
  });
});
