/**
 * A request's timeline never says a state twice (issue 13, part 7): for every move of the
 * transition table that changes the state, the line shows the event and, only when the
 * event's words do not already name it, the state it led to ("Approvata", never
 * "Approvata → Approvata"), in English and in Italian.
 */
import { createInstance } from "i18next";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { i18nConfig, resources } from "~/platform/i18n";
import { ACTIONS, transitions } from "~/requests/transitions";
import { Timeline } from "~/requests/ui/request-display";

async function render(lng: "en" | "it", events: Parameters<typeof Timeline>[0]["events"]) {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ ...i18nConfig, resources, lng });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <Timeline events={events} />
    </I18nextProvider>,
  );
}

/** Each line's text, with the part before and after the arrow. */
const lines = (html: string) =>
  [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1].replace(/<[^>]+>/g, "").replace(/\s+/g, " "));

const moves = ACTIONS.flatMap((action) =>
  Object.entries(transitions[action].moves)
    .filter(([from, to]) => from !== to)
    .map(([from, to]) => ({ action, from, to: to! })),
);

describe("the request timeline", () => {
  it.each(["en", "it"] as const)("names each state once per line (%s)", async (lng) => {
    expect(moves.length).toBeGreaterThan(10);
    const events = moves.map((m, i) => ({
      id: String(i),
      action: m.action,
      toStatus: m.to,
      createdAt: "2027-03-01T10:00:00.000Z",
    }));
    const html = await render(lng, events);
    const status = resources[lng].requests.status as Record<string, string>;
    const rendered = lines(html);
    expect(rendered).toHaveLength(moves.length);
    rendered.forEach((line, i) => {
      const [event, badge] = line.split(" → ");
      const state = status[moves[i].to];
      if (badge !== undefined) {
        expect(badge.trim(), `${moves[i].action}: ${line}`).toBe(state);
        expect(event.toLowerCase(), `${moves[i].action}: ${line}`).not.toContain(state.toLowerCase());
      }
    });
    if (lng === "it") {
      expect(rendered.some((l) => l.includes("Approvata"))).toBe(true);
      expect(html).not.toMatch(/Approvata[^<]*(<[^>]+>\s*)*→\s*(<[^>]+>\s*)*Approvata/);
      expect(rendered.find((l) => l.includes("Esame iniziato"))).toMatch(/→ In esame/);
    }
  });
});
