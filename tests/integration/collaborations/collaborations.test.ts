/**
 * The joint research partner search (issue 19 part 3) through its routes, with real Requests
 * against the real database: publishing (and the form's refusals, writing nothing), the list
 * with its filters (topic with narrower topics, kind of partner, language, full-text search)
 * and visibility, "Fits your interests" with reasons in the reader's language, the proposer's
 * related proposals, expressing interest (and the refusals: own proposal 403, a second
 * interest 409, a closed proposal 409), accepting and declining (only the proposer: others
 * 404; twice 409), the mails of each step, and the thread after acceptance.
 *
 * Privacy: every page and response the interested person can reach before acceptance is
 * fetched and none carries the proposer's e-mail address or institution; after acceptance
 * the thread carries both.
 */
import { describe, expect, it } from "vitest";
import { loader as listLoader } from "~/routes/collaborations._index";
import { action as newAction, loader as newLoader } from "~/routes/collaborations.new";
import { action as pageAction, loader as pageLoader } from "~/routes/collaborations.$id";
import { action as editAction, loader as editLoader } from "~/routes/collaborations.$id_.edit";
import { loader as mineLoader } from "~/routes/collaborations.mine";
import { action as interestsAction, loader as interestsLoader } from "~/routes/collaborations.$id_.interests._index";
import {
  action as threadAction,
  loader as threadLoader,
} from "~/routes/collaborations.$id_.interests.$interestId";
import { renderEmail } from "~/notifications/render.server";
import { prisma } from "~/platform/db.server";
import { createUser, sessionCookie } from "../../factories/accounts";
import { setProfile } from "../../factories/profiles";
import { callAction, callLoader, statusOf, thrownResponse } from "../../utils/http";
import { bodyOf, errorsOf } from "../catalogue/helpers";

const PROPOSER_EMAIL = "proposer.privata@ospedale.example";
const PROPOSER_INSTITUTION = "Istituto Riservato di Prova";
const PERSON_EMAIL = "interested.person@univ.example";

/** A valid proposal form. */
function proposalForm(overrides: Record<string, string | string[]> = {}) {
  return {
    title: "Multicentre registry of carbon-ion re-irradiation",
    summary: "A registry of re-irradiated head-and-neck tumours treated with carbon ions.",
    expertise: "Centres treating recurrent tumours with particle therapy; a statistician.",
    topics: ["carbon-ion-radiotherapy"],
    partnerKinds: ["CLINICAL_SITE", "DATA"],
    languages: ["en", "it"],
    fundingProgramme: "Horizon Europe",
    fundingCallId: "HORIZON-HLTH-2027-DISEASE-03-01",
    fundingDeadline: "2099-04-15",
    visibility: "PUBLIC",
    ...overrides,
  };
}

async function person(email: string, name: string, locale: string | null = null) {
  const user = await createUser({ email, name, roles: ["APPLICANT"], locale });
  return { user, cookie: await sessionCookie(user.id) };
}

async function publish(cookie: string, form = proposalForm()): Promise<string> {
  const res = (await callAction(newAction, "/collaborations/new", form, { headers: { Cookie: cookie } })) as Response;
  expect(res.status, JSON.stringify(bodyOf(res))).toBe(302);
  const m = /^\/collaborations\/([A-Za-z0-9_-]+)\?done=created$/.exec(res.headers.get("Location") ?? "");
  expect(m).not.toBeNull();
  return m![1]!;
}

const page = (id: string, cookie?: string, query = "") =>
  callLoader(pageLoader, `/collaborations/${id}${query}`, { params: { id }, headers: cookie ? { Cookie: cookie } : {} });
const post = (id: string, cookie: string, form: Record<string, string>) =>
  callAction(pageAction, `/collaborations/${id}`, form, { params: { id }, headers: { Cookie: cookie } });
const interest = (id: string, cookie: string, message = "I lead the particle-therapy unit in Lyon and could join.") =>
  post(id, cookie, { intent: "interest", message });
const list = (query = "", cookie?: string) =>
  callLoader(listLoader, `/collaborations${query}`, { headers: cookie ? { Cookie: cookie } : {} });
const decide = (id: string, cookie: string, interestId: string, intent: "accept" | "decline") =>
  callAction(interestsAction, `/collaborations/${id}/interests`, { intent, interestId }, {
    params: { id },
    headers: { Cookie: cookie },
  });
const thread = (id: string, interestId: string, cookie: string) =>
  callLoader(threadLoader, `/collaborations/${id}/interests/${interestId}`, {
    params: { id, interestId },
    headers: { Cookie: cookie },
  });
const write = (id: string, interestId: string, cookie: string, body: string) =>
  callAction(threadAction, `/collaborations/${id}/interests/${interestId}`, { body }, {
    params: { id, interestId },
    headers: { Cookie: cookie },
  });

const ids = (v: unknown) => bodyOf<{ proposals: { id: string }[] }>(v).proposals.map((p) => p.id);

/** A proposer with an institution on the profile, an interested person, and the proposal. */
async function scenario() {
  const proposer = await person(PROPOSER_EMAIL, "Chiara Conti", "it");
  await setProfile(proposer.user.id, { interests: [{ topicId: "proton-therapy", weight: "CORE" }] });
  await prisma.profile.update({ where: { userId: proposer.user.id }, data: { homeInstitution: PROPOSER_INSTITUTION } });
  const other = await person(PERSON_EMAIL, "Ana Sousa");
  await setProfile(other.user.id, { interests: [{ topicId: "heavy-ion-radiotherapy", weight: "CORE" }] });
  const id = await publish(proposer.cookie);
  return { proposer, other, id };
}

async function interestIdOf(proposalId: string, personId: string) {
  const row = await prisma.collaborationInterest.findUniqueOrThrow({
    where: { proposalId_personId: { proposalId, personId } },
  });
  return row.id;
}

describe("publishing", () => {
  it("publishes a proposal with its topics, kinds of partner and funding call", async () => {
    const { id } = await scenario();
    const row = await prisma.collaborationProposal.findUniqueOrThrow({ where: { id }, include: { topics: true } });
    expect(row.status).toBe("OPEN");
    expect(row.partnerKinds).toEqual(["CLINICAL_SITE", "DATA"]);
    expect(row.topics.map((t) => t.topicId)).toEqual(["carbon-ion-radiotherapy"]);
    expect(row.fundingDeadline?.toISOString().slice(0, 10)).toBe("2099-04-15");
  });

  it("refuses a proposal without topics, without a kind of partner, with an unknown topic or a past deadline, and writes nothing", async () => {
    const { cookie } = await person("a@example.org", "A");
    const cases: [Record<string, string | string[]>, string, string][] = [
      [{ topics: [] }, "topics", "collaborations:validation.topicsRequired"],
      [{ topics: ["no-such-topic"] }, "topics", "collaborations:validation.topicUnknown"],
      [{ partnerKinds: [] }, "partnerKinds", "collaborations:validation.partnerKindsRequired"],
      [{ partnerKinds: ["SPONSOR"] }, "partnerKinds[0]", "collaborations:validation.partnerKindInvalid"],
      [{ fundingDeadline: "2001-01-01" }, "fundingDeadline", "collaborations:validation.deadlinePast"],
      [{ fundingProgramme: "" }, "fundingProgramme", "collaborations:validation.programmeRequired"],
      [{ title: "   " }, "title", "collaborations:validation.required"],
      [{ visibility: "FRIENDS" }, "visibility", "collaborations:validation.visibilityRequired"],
    ];
    for (const [overrides, field, key] of cases) {
      const form = proposalForm(overrides);
      // FormData drops empty arrays: leave the field out as a browser would.
      if (Array.isArray(overrides.topics) && !overrides.topics.length) delete (form as Record<string, unknown>).topics;
      if (Array.isArray(overrides.partnerKinds) && !overrides.partnerKinds.length)
        delete (form as Record<string, unknown>).partnerKinds;
      const res = await callAction(newAction, "/collaborations/new", form, { headers: { Cookie: cookie } });
      expect(statusOf(res), JSON.stringify(overrides)).toBe(400);
      expect(errorsOf(res)[field], JSON.stringify(errorsOf(res))).toEqual([key]);
    }
    expect(await prisma.collaborationProposal.count()).toBe(0);
    expect(await prisma.collaborationTopic.count()).toBe(0);
  });

  it("asks signed-out people to sign in, and unverified people to verify first", async () => {
    const res = await thrownResponse(() => callLoader(newLoader, "/collaborations/new"));
    expect(res.status).toBe(302);
    const unverified = await createUser({ verified: false });
    const cookie = await sessionCookie(unverified.id);
    const post = await thrownResponse(() =>
      callAction(newAction, "/collaborations/new", proposalForm(), { headers: { Cookie: cookie } }),
    );
    expect(post.status).toBe(302);
    expect(await prisma.collaborationProposal.count()).toBe(0);
  });

  it("lets only the proposer edit and close it", async () => {
    const { proposer, other, id } = await scenario();
    expect((await thrownResponse(() => callLoader(editLoader, `/collaborations/${id}/edit`, { params: { id }, headers: { Cookie: other.cookie } }))).status).toBe(404);
    const foreign = await thrownResponse(() =>
      callAction(editAction, `/collaborations/${id}/edit`, proposalForm({ title: "Hijacked" }), {
        params: { id },
        headers: { Cookie: other.cookie },
      }),
    );
    expect(foreign.status).toBe(404);
    const edited = await callAction(editAction, `/collaborations/${id}/edit`, proposalForm({ title: "Renamed", topics: ["proton-therapy", "sarcoma"] }), {
      params: { id },
      headers: { Cookie: proposer.cookie },
    });
    expect(statusOf(edited)).toBe(302);
    const row = await prisma.collaborationProposal.findUniqueOrThrow({ where: { id }, include: { topics: true } });
    expect(row.title).toBe("Renamed");
    expect(row.topics.map((t) => t.topicId).sort()).toEqual(["proton-therapy", "sarcoma"]);
    // An edit without topics changes nothing.
    const bad = await callAction(editAction, `/collaborations/${id}/edit`, { ...proposalForm({ title: "Bad" }), topics: "" }, {
      params: { id },
      headers: { Cookie: proposer.cookie },
    });
    expect(statusOf(bad)).toBe(400);
    expect((await prisma.collaborationProposal.findUniqueOrThrow({ where: { id } })).title).toBe("Renamed");

    expect((await thrownResponse(() => post(id, other.cookie, { intent: "close" }))).status).toBe(404);
    expect(statusOf(await post(id, proposer.cookie, { intent: "close" }))).toBe(302);
    expect(statusOf(await post(id, proposer.cookie, { intent: "close" }))).toBe(409);
    expect(ids(await list())).not.toContain(id);
  });
});

describe("the list", () => {
  it("filters by topic (narrower included), kind of partner, language and words; hides signed-in-only proposals from visitors", async () => {
    const { proposer, other, id: carbon } = await scenario();
    const sarcoma = await publish(
      proposer.cookie,
      proposalForm({
        title: "Paediatric sarcoma biobank",
        summary: "Tissue samples and outcomes of children with sarcoma.",
        topics: ["sarcoma"],
        partnerKinds: ["LABORATORY"],
        languages: ["fr"],
        visibility: "SIGNED_IN",
      }),
    );
    expect(ids(await list())).toEqual([carbon]);
    expect(ids(await list("", other.cookie)).sort()).toEqual([carbon, sarcoma].sort());
    expect(ids(await list("?topic=radiotherapy", other.cookie))).toEqual([carbon]);
    expect(ids(await list("?partnerKind=LABORATORY", other.cookie))).toEqual([sarcoma]);
    // Filters combine (a browser run once saw topic + kind of partner fail as a 500).
    expect(ids(await list("?topic=radiotherapy&partnerKind=CLINICAL_SITE", other.cookie))).toEqual([carbon]);
    expect(ids(await list("?topic=radiotherapy&partnerKind=LABORATORY&language=en", other.cookie))).toEqual([]);
    expect(ids(await list("?language=fr", other.cookie))).toEqual([sarcoma]);
    expect(ids(await list("?q=biobanks", other.cookie))).toEqual([sarcoma]);
    expect(ids(await list("?q=irradiazione", other.cookie))).toEqual([]);
    expect(ids(await list("?q=registry%20carbon", other.cookie))).toEqual([carbon]);
    // Malformed filters are dropped, never a 500.
    expect(ids(await list("?topic=%00&partnerKind=X&language=zz&q=%22-(", other.cookie)).length).toBeGreaterThanOrEqual(0);
    // A signed-in-only proposal does not exist for visitors.
    expect((await thrownResponse(() => page(sarcoma))).status).toBe(404);
    expect(statusOf(await page(sarcoma, other.cookie))).toBe(200);
  });

  it("shows a person the proposals that fit their profile interests, with reasons in their language", async () => {
    const { other, proposer, id } = await scenario();
    const fits = bodyOf<{ fits: { entries: { id: string; reasons: string[] }[] } }>(await list("", other.cookie)).fits;
    expect(fits.entries.map((e) => e.id)).toEqual([id]);
    expect(fits.entries[0]!.reasons).toEqual(["Carbon Ion Radiotherapy is a kind of Hadron therapy, one of your core interests"]);
    await prisma.user.update({ where: { id: other.user.id }, data: { locale: "it" } });
    const it = bodyOf<{ fits: { entries: { reasons: string[] }[] } }>(
      await list("", other.cookie),
    ).fits;
    expect(it.entries[0]!.reasons[0]).toBe("Terapia con ioni carbonio rientra in Adroterapia, uno dei Suoi interessi principali");
    // One's own proposals are not "fits".
    const own = bodyOf<{ fits: { entries: { id: string }[] } }>(await list("", proposer.cookie)).fits;
    expect(own.entries.map((e) => e.id)).not.toContain(id);
    // Profiles are the applicants': others, and visitors, get no such section.
    const coordinator = await createUser({ roles: ["COORDINATOR"] });
    expect(bodyOf<{ fits: unknown }>(await list("", await sessionCookie(coordinator.id))).fits).toBeNull();
    expect(bodyOf<{ fits: unknown }>(await list()).fits).toBeNull();
  });

  it("shows the proposer other proposals on related topics, with reasons", async () => {
    const { proposer, other, id } = await scenario();
    const theirs = await publish(other.cookie, proposalForm({ title: "Proton therapy outcomes", topics: ["proton-therapy"] }));
    const p = bodyOf<{ similar: { id: string; reasons: string[] }[] | null }>(await page(id, proposer.cookie));
    expect(p.similar?.map((s) => s.id)).toEqual([theirs]);
    expect(p.similar?.[0]?.reasons[0]).toMatch(/Protonterapia|Proton/);
    // Others do not see that section.
    expect(bodyOf<{ similar: unknown }>(await page(id, other.cookie)).similar).toBeNull();
  });
});

describe("interest, answer and thread", () => {
  it("refuses interest in one's own proposal, a second interest, an empty message and a closed proposal, writing nothing more", async () => {
    const { proposer, other, id } = await scenario();
    expect(statusOf(await interest(id, proposer.cookie))).toBe(403);
    expect(statusOf(await interest(id, other.cookie, "   "))).toBe(400);
    expect(statusOf(await interest(id, other.cookie))).toBe(302);
    expect(statusOf(await interest(id, other.cookie, "Again"))).toBe(409);
    expect(await prisma.collaborationInterest.count()).toBe(1);
    expect(await prisma.notification.count({ where: { kind: "collaboration-interest" } })).toBe(1);
    const third = await person("third@example.org", "Third");
    expect(statusOf(await post(id, proposer.cookie, { intent: "close" }))).toBe(302);
    const closed = await interest(id, third.cookie);
    expect(statusOf(closed)).toBe(409);
    expect(errorsOf(closed)[""]).toEqual(["collaborations:refusal.closed"]);
    expect(await prisma.collaborationInterest.count()).toBe(1);
    expect((await thrownResponse(() => interest("nosuchproposal", third.cookie))).status).toBe(404);
    expect(statusOf(await post(id, third.cookie, { intent: "nonsense" }))).toBe(400);
  });

  it("lets only the proposer answer, once; mails the person either way", async () => {
    const { proposer, other, id } = await scenario();
    await interest(id, other.cookie);
    const interestId = await interestIdOf(id, other.user.id);
    const third = await person("third@example.org", "Third");
    // The interested person, or a stranger, cannot accept.
    expect((await thrownResponse(() => decide(id, other.cookie, interestId, "accept"))).status).toBe(404);
    expect((await thrownResponse(() => decide(id, third.cookie, interestId, "accept"))).status).toBe(404);
    expect((await thrownResponse(() => callLoader(interestsLoader, `/collaborations/${id}/interests`, { params: { id }, headers: { Cookie: other.cookie } }))).status).toBe(404);
    expect((await prisma.collaborationInterest.findUniqueOrThrow({ where: { id: interestId } })).status).toBe("PENDING");

    expect(statusOf(await decide(id, proposer.cookie, interestId, "decline"))).toBe(302);
    expect(statusOf(await decide(id, proposer.cookie, interestId, "accept"))).toBe(409);
    const mails = await prisma.notification.findMany({ where: { userId: other.user.id } });
    expect(mails.map((m) => m.kind)).toEqual(["collaboration-declined"]);
    const rendered = await renderEmail(mails[0]!.kind, mails[0]!.payload, mails[0]!.locale);
    expect(rendered.text).toContain("Chiara Conti");
    expect(rendered.text).not.toContain(PROPOSER_EMAIL);
    // Declined: still no thread.
    expect((await thrownResponse(() => thread(id, interestId, other.cookie))).status).toBe(403);
  });

  it("mails the proposer each new interest in their language, and opens a thread with notifications after acceptance", async () => {
    const { proposer, other, id } = await scenario();
    await interest(id, other.cookie);
    const toProposer = await prisma.notification.findFirstOrThrow({ where: { kind: "collaboration-interest" } });
    expect(toProposer.userId).toBe(proposer.user.id);
    expect(toProposer.locale).toBe("it");
    const mail = await renderEmail(toProposer.kind, toProposer.payload, toProposer.locale);
    expect(mail.subject).toContain("Ana Sousa");
    expect(mail.text).toContain("particle-therapy unit in Lyon");
    expect(mail.text).not.toContain(PERSON_EMAIL);

    const interestId = await interestIdOf(id, other.user.id);
    expect(statusOf(await decide(id, proposer.cookie, interestId, "accept"))).toBe(302);
    expect((await prisma.notification.findFirstOrThrow({ where: { userId: other.user.id } })).kind).toBe(
      "collaboration-accepted",
    );
    expect(statusOf(await write(id, interestId, other.cookie, "Shall we talk on Monday?"))).toBe(302);
    expect(statusOf(await write(id, interestId, proposer.cookie, "Volentieri."))).toBe(302);
    expect(statusOf(await write(id, interestId, proposer.cookie, "  "))).toBe(400);
    const th = bodyOf<{ thread: { messages: { body: string; mine: boolean }[] } }>(await thread(id, interestId, proposer.cookie)).thread;
    expect(th.messages.map((m) => [m.body, m.mine])).toEqual([
      ["Shall we talk on Monday?", false],
      ["Volentieri.", true],
    ]);
    const messageMails = await prisma.notification.findMany({ where: { kind: "collaboration-message" }, orderBy: { createdAt: "asc" } });
    expect(messageMails.map((m) => m.userId)).toEqual([proposer.user.id, other.user.id]);
    // A stranger finds no thread.
    const third = await person("third@example.org", "Third");
    expect((await thrownResponse(() => thread(id, interestId, third.cookie))).status).toBe(404);
    expect((await thrownResponse(() => write(id, interestId, third.cookie, "Hello"))).status).toBe(404);
    expect(await prisma.collaborationMessage.count()).toBe(2);
  });
});

/** Everything a loader or action answered, as text (Response bodies and headers, data() values, thrown ones). */
async function seen(fn: () => unknown): Promise<string> {
  let value: unknown;
  try {
    value = await fn();
  } catch (error) {
    value = error;
  }
  if (value instanceof Response) {
    return `${[...value.headers].join(" ")} ${await value.clone().text()}`;
  }
  return JSON.stringify(value);
}

describe("contact details only after acceptance", () => {
  it("shows the proposer's address and institution in no page or response the interested person reaches before acceptance, and in the thread after", async () => {
    const { proposer, other, id } = await scenario();
    const c = other.cookie;
    const secrets = [PROPOSER_EMAIL, PROPOSER_INSTITUTION];
    const before: [string, () => unknown][] = [
      ["list", () => list("", c)],
      ["list filtered", () => list("?topic=radiotherapy&q=registry", c)],
      ["list signed out", () => list()],
      ["proposal", () => page(id, c)],
      ["proposal signed out", () => page(id)],
      ["interest", () => interest(id, c)],
      ["proposal after interest", () => page(id, c, "?done=interest")],
      ["second interest", () => interest(id, c, "Once more")],
      ["mine", () => callLoader(mineLoader, "/collaborations/mine", { headers: { Cookie: c } })],
      ["new", () => callLoader(newLoader, "/collaborations/new", { headers: { Cookie: c } })],
      ["edit", () => callLoader(editLoader, `/collaborations/${id}/edit`, { params: { id }, headers: { Cookie: c } })],
      ["interests", () => callLoader(interestsLoader, `/collaborations/${id}/interests`, { params: { id }, headers: { Cookie: c } })],
      ["close", () => post(id, c, { intent: "close" })],
    ];
    const texts: string[] = [];
    for (const [name, fn] of before) texts.push(`${name}: ${await seen(fn)}`);
    const interestId = await interestIdOf(id, other.user.id);
    texts.push(`thread: ${await seen(() => thread(id, interestId, c))}`);
    texts.push(`thread post: ${await seen(() => write(id, interestId, c, "Hello?"))}`);
    texts.push(`accept own: ${await seen(() => decide(id, c, interestId, "accept"))}`);
    // The mails the person received so far, rendered.
    for (const n of await prisma.notification.findMany({ where: { userId: other.user.id } })) {
      const r = await renderEmail(n.kind, n.payload, n.locale);
      texts.push(`mail ${n.kind}: ${r.subject} ${r.html} ${r.text}`);
    }
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) for (const secret of secrets) expect(text, text.slice(0, 60)).not.toContain(secret);
    // The proposer's view of the interest before acceptance carries no address of the person either.
    expect(await seen(() => callLoader(interestsLoader, `/collaborations/${id}/interests`, { params: { id }, headers: { Cookie: proposer.cookie } }))).not.toContain(PERSON_EMAIL);
    expect(await prisma.collaborationMessage.count()).toBe(0);

    expect(statusOf(await decide(id, proposer.cookie, interestId, "accept"))).toBe(302);
    const after = await seen(() => thread(id, interestId, c));
    for (const secret of secrets) expect(after).toContain(secret);
    expect(await seen(() => thread(id, interestId, proposer.cookie))).toContain(PERSON_EMAIL);
    // The proposal page links the person to the thread.
    expect(bodyOf<{ threadHref: string | null }>(await page(id, c)).threadHref).toBe(
      `/collaborations/${id}/interests/${interestId}`,
    );
  });
});
