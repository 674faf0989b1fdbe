/**
 * An Italian page shows no English UI string (issue 13, part 7): the main public pages and
 * the signed-in pages of an applicant, a coordinator and an administrator, fetched from the
 * real production server with `Accept-Language: it`. What a person sees (text, the title,
 * and the placeholder, aria-label, alt and title attributes) must contain no English locale
 * value of three or more words that differs from its Italian counterpart. Catalogue content
 * that exists only in English (an opportunity without an Italian description) is data, not
 * UI, and is not what this looks for: only the locale files' English values are searched.
 */
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createUser, sessionCookie } from "../../factories/accounts";
import { cnaoObservership, createApplicant, createCoordinator } from "../../factories/request-flow";
import { createRequest } from "../../factories/requests";
import { prisma } from "~/platform/db.server";
import { metaDescription } from "~/platform/meta-description";
import { startTestServer, stopTestServer, type TestServer } from "../../utils/server";

const usingPostgres = Boolean(process.env.DATABASE_URL);
const LOCALES = new URL("../../../app/locales/", import.meta.url);

function leaves(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (typeof value === "string") out.set(path, value);
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) leaves(child, path ? `${path}.${key}` : key, out);
  return out;
}

function strings(lng: "en" | "it"): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(new URL(`${lng}/`, LOCALES)).filter((f) => f.endsWith(".json"))) {
    const json: unknown = JSON.parse(readFileSync(new URL(`${lng}/${file}`, LOCALES), "utf8"));
    leaves(json, file.replace(/\.json$/, ""), out);
  }
  return out;
}

/**
 * The English UI phrases to look for: each English value's literal parts (between
 * placeholders and markup) of three or more words, when the Italian value at the same key differs.
 */
function englishPhrases(): Map<string, string> {
  const en = strings("en");
  const it = strings("it");
  const phrases = new Map<string, string>();
  for (const [key, value] of en) {
    if (it.get(key) === value) continue;
    for (const part of value.split(/\{\{[^}]*\}\}|<\/?\d+>|\$t\([^)]*\)/)) {
      const phrase = part.replace(/\s+/g, " ").trim();
      if (phrase.split(" ").filter((w) => /\p{L}/u.test(w)).length >= 3 && !(it.get(key) ?? "").includes(phrase))
        phrases.set(phrase, key);
    }
  }
  return phrases;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) =>
    code[0] === "#"
      ? String.fromCodePoint(code[1].toLowerCase() === "x" ? parseInt(code.slice(2), 16) : Number(code.slice(1)))
      : (ENTITIES[code.toLowerCase()] ?? whole),
  );

/** What a person sees or hears of an HTML page, as one line of text. */
/** The page's `<meta name="description">` contents (decoded). */
export function metaDescriptions(html: string): string[] {
  return [...html.matchAll(/<meta name="description" content="([^"]*)"/g)].map((m) => decode(m[1]!));
}

export function visibleText(html: string): string {
  const body = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, " ").replace(/<!--[\s\S]*?-->/g, " ");
  const attributes = [
    ...[...body.matchAll(/\s(?:placeholder|aria-label|alt|title)="([^"]*)"/gi)].map((m) => m[1]),
    // What search engines show under the title is UI text too.
    ...metaDescriptions(html),
  ];
  const text = body.replace(/<[^>]+>/g, " ");
  return decode([text, ...attributes].join(" \u2016 ")).replace(/\s+/g, " ");
}

let server: TestServer;
let cookies: { applicant: string; coordinator: string; admin: string };
let ids: { opportunity: string; request: string; event: string; proposal: string; interest: string; round: string };

async function makePeople() {
  const applicant = await createApplicant({ name: "Amina Okafor" });
  const coordinator = await createCoordinator();
  const admin = await createUser({ roles: ["ADMIN"] });
  cookies = { applicant: applicant.cookie, coordinator: coordinator.cookie, admin: await sessionCookie(admin.id) };
  const opportunity = (await cnaoObservership()).id;
  const request = await createRequest({
    applicantId: applicant.id,
    opportunityId: opportunity,
    start: "2027-03-01",
    end: "2027-03-14",
  });
  // A published event led by CNAO (issue 18), with the applicant registered.
  const start = new Date(Date.now() + 60 * 86_400_000);
  const cnao = await prisma.centre.findUniqueOrThrow({ where: { slug: "cnao" }, select: { id: true } });
  const event = await prisma.event.create({
    data: {
      kind: "COURSE",
      status: "PUBLISHED",
      titleEn: "Particle therapy course",
      titleIt: "Corso di adroterapia",
      descriptionEn: "Two days of lectures.",
      descriptionIt: "Due giorni di lezioni.",
      startsAt: start,
      endsAt: new Date(start.getTime() + 8 * 3_600_000),
      venue: "CNAO",
      city: "Pavia",
      languages: ["en", "it"],
      capacity: 20,
      feeKind: "FREE",
      centres: { create: [{ centreId: cnao.id, lead: true }] },
      topics: { create: [{ topicId: "proton-therapy" }] },
      registrations: { create: [{ userId: applicant.id, status: "REGISTERED" }] },
    },
  });
  // A collaboration proposal by the coordinator (issue 19), with the applicant's accepted interest.
  const proposal = await prisma.collaborationProposal.create({
    data: {
      proposerId: coordinator.id,
      title: "Registro multicentrico di adroterapia",
      summary: "Un registro condiviso dei trattamenti.",
      expertise: "Centri clinici con pazienti trattati.",
      partnerKinds: ["CLINICAL_SITE"],
      languages: ["it"],
      topics: { create: [{ topicId: "proton-therapy" }] },
      interests: { create: [{ personId: applicant.id, message: "Siamo interessati.", status: "ACCEPTED" }] },
    },
    include: { interests: true },
  });
  // An allocation round of CNAO (issue 17), open today, with the applicant's application and a proposal.
  const day = (n: number) =>
    new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + n - 60));
  const cohort = await prisma.cohort.create({
    data: {
      opportunityId: opportunity,
      key: "test-round-cohort",
      name: "Coorte di primavera",
      startDate: day(90),
      endDate: day(100),
      seats: 2,
    },
  });
  const round = await prisma.allocationRound.create({
    data: {
      centreId: cnao.id,
      name: "Turno di primavera",
      applicationStart: day(-1),
      applicationEnd: day(5),
      rankingDeadline: day(10),
      maxChoices: 2,
      declineMessageEn: "Sorry.",
      declineMessageIt: "Ci dispiace.",
      programmes: { create: [{ cohortId: cohort.id }] },
    },
    include: { programmes: true },
  });
  await prisma.allocationApplication.create({
    data: {
      roundId: round.id,
      applicantId: applicant.id,
      motivation: "Motivazione.",
      choices: { create: [{ programmeId: round.programmes[0]!.id, rank: 1 }] },
    },
  });
  ids = {
    opportunity,
    request: request.id,
    event: event.id,
    proposal: proposal.id,
    interest: proposal.interests[0]!.id,
    round: round.id,
  };
}

beforeEach(async () => {
  if (usingPostgres) await makePeople();
});

beforeAll(async () => {
  if (!usingPostgres) await makePeople();
  server = await startTestServer("italian-pages");
}, 120_000);

afterAll(() => stopTestServer(server));

const phrases = englishPhrases();

type Who = keyof typeof cookies | "visitor";
const PAGES: [Who, (i: typeof ids) => string][] = [
  ["visitor", () => "/"],
  ["visitor", () => "/centres"],
  ["visitor", () => "/centres/cnao"],
  ["visitor", () => "/opportunities"],
  ["visitor", (i) => `/opportunities/${i.opportunity}`],
  ["visitor", () => "/login"],
  ["visitor", () => "/signup"],
  ["visitor", () => "/forgot-password"],
  ["visitor", () => "/verify-email"],
  ["visitor", () => "/privacy"],
  ["visitor", () => "/terms"],
  ["visitor", () => "/accessibility"],
  ["visitor", () => "/contact"],
  ["visitor", () => "/no-such-page"],
  ["visitor", () => "/events"],
  ["visitor", () => "/events?view=month"],
  ["visitor", () => "/events?q=simulazione"],
  ["visitor", (i) => `/events/${i.event}`],
  ["visitor", () => "/collaborations"],
  ["visitor", () => "/collaborations?topic=radiotherapy&partnerKind=CLINICAL_SITE&language=en"],
  ["visitor", (i) => `/collaborations/${i.proposal}`],
  ["applicant", () => "/collaborations"],
  ["applicant", () => "/collaborations/new"],
  ["applicant", () => "/collaborations/mine"],
  ["applicant", (i) => `/collaborations/${i.proposal}`],
  ["applicant", (i) => `/collaborations/${i.proposal}/interests/${i.interest}`],
  ["coordinator", (i) => `/collaborations/${i.proposal}`],
  ["coordinator", (i) => `/collaborations/${i.proposal}/edit`],
  ["coordinator", (i) => `/collaborations/${i.proposal}/interests`],
  ["applicant", (i) => `/events/${i.event}`],
  ["coordinator", (i) => `/coordinator/events/${i.event}`],
  ["coordinator", () => "/coordinator/centres/cnao/events/new"],
  ["applicant", () => "/"],
  ["applicant", () => "/profile"],
  ["applicant", () => "/matches"],
  ["applicant", () => "/account"],
  ["applicant", () => "/account/notifications"],
  ["applicant", () => "/account/delete"],
  ["applicant", () => "/requests"],
  ["applicant", (i) => `/requests/${i.request}`],
  ["applicant", (i) => `/opportunities/${i.opportunity}`],
  ["applicant", (i) => `/requests/new?opportunity=${i.opportunity}`],
  ["coordinator", () => "/coordinator"],
  ["coordinator", () => "/coordinator/centres/cnao"],
  ["coordinator", (i) => `/coordinator/opportunities/${i.opportunity}`],
  ["coordinator", (i) => `/coordinator/opportunities/${i.opportunity}/calendar`],
  ["coordinator", (i) => `/coordinator/opportunities/${i.opportunity}/suggestions`],
  ["coordinator", () => "/coordinator/suggestions"],
  ["coordinator", () => "/coordinator/home-centre-claims"],
  ["coordinator", () => "/coordinator/staff-abroad"],
  ["coordinator", () => "/coordinator/dashboard"],
  ["coordinator", () => "/coordinator/centres/cnao/opportunities/new"],
  ["coordinator", () => "/inbox"],
  ["coordinator", (i) => `/inbox/${i.request}`],
  ["admin", () => "/admin"],
  ["admin", () => "/admin/centres"],
  ["admin", () => "/admin/centres/new"],
  ["admin", () => "/admin/centres/cnao"],
  ["admin", () => "/admin/emails"],
  ["admin", () => "/admin/dashboard"],
  ["visitor", () => "/rounds"],
  ["visitor", (i) => `/rounds/${i.round}`],
  ["applicant", (i) => `/rounds/${i.round}`],
  ["coordinator", () => "/coordinator/rounds"],
  ["coordinator", () => "/coordinator/rounds/new"],
  ["coordinator", (i) => `/coordinator/rounds/${i.round}`],
  ["admin", () => "/coordinator/rounds"],
];

describe("Italian pages", () => {
  it("finds the English phrases it looks for", () => {
    expect(phrases.size).toBeGreaterThan(300);
    expect(visibleText('<p title="Sign in">Hello &amp; <b>welcome</b></p><script>var x="no"</script>')).toBe(
      " Hello & welcome ‖ Sign in",
    );
  });

  it.each(PAGES)("%s: %s shows no English UI string", async (who, path) => {
    const url = path(ids);
    const headers: Record<string, string> = { "Accept-Language": "it" };
    if (who !== "visitor") headers.Cookie = cookies[who];
    const res = await fetch(`${server.url}${url}`, { headers, redirect: "manual" });
    expect([200, 404], `${url} answered ${res.status}`).toContain(res.status);
    const html = await res.text();
    const text = visibleText(html);
    expect(text).toMatch(/ Ponte/);
    // One description per page, short enough to be shown whole (Lighthouse's SEO audit).
    const [description, ...more] = metaDescriptions(html);
    expect(more).toEqual([]);
    expect(description?.length).toBeGreaterThan(40);
    expect(description!.length).toBeLessThanOrEqual(160);
    const english = [...phrases].filter(([phrase]) => text.includes(phrase)).map(([p, key]) => `${key}: ${p}`);
    expect(english).toEqual([]);
  });

  it("names places and centres as Italians write them, one name per language", async () => {
    const page = async (url: string, lng: string) =>
      visibleText(await (await fetch(`${server.url}${url}`, { headers: { "Accept-Language": lng } })).text());
    const centresIt = await page("/centres", "it");
    expect(centresIt).toContain("IRCCS Istituto Clinico Humanitas Rozzano (MI) ·");
    expect(centresIt).toContain("Milano ·");
    expect(centresIt).not.toMatch(/Milan ·|\(Milan\)|Humanitas Research Hospital \(IRCCS/);
    const humanitasIt = await page("/centres/humanitas", "it");
    expect(humanitasIt).toContain("Rozzano (MI)");
    expect(humanitasIt).not.toContain("Humanitas Research Hospital (IRCCS");
    const centresEn = await page("/centres", "en");
    expect(centresEn).toContain("Humanitas Research Hospital (IRCCS Istituto Clinico Humanitas) Rozzano (Milan) ·");
    // Each public page describes itself: a centre with the start of its own description.
    const describe = async (url: string) =>
      metaDescriptions(await (await fetch(`${server.url}${url}`, { headers: { "Accept-Language": "it" } })).text())[0];
    const humanitas = await prisma.centre.findUniqueOrThrow({ where: { slug: "humanitas" } });
    expect(await describe("/centres/humanitas")).toBe(metaDescription(humanitas.descriptionIt));
    expect(await describe("/centres/humanitas")).not.toBe(await describe("/centres"));
    expect(new Set(await Promise.all(["/", "/centres", "/opportunities", "/events"].map(describe))).size).toBe(4);
    const opportunitiesIt = await page("/opportunities", "it");
    expect(opportunitiesIt).toMatch(/Fondazione CNAO – Centro Nazionale di Adroterapia Oncologica · Pavia/);
    expect(opportunitiesIt).not.toContain("Humanitas Research Hospital (IRCCS");
  });
});
