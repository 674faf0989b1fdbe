/**
 * Letters through their routes (decision 0030): a coordinator previews and issues the visa
 * invitation letter of an approved stay; the applicant and the centre's coordinators
 * download the PDF (parsed back with pdfjs-dist: the accented name, the dates, the
 * verification address, the title and language metadata), nobody else; /verify/<code>
 * shows it valid, then revoked after the stay is cancelled; unknown and garbled codes are
 * 404; a stay that is not approved gets 409 and nothing is written; issuing again replaces
 * the letter; after the stay, confirming attendance issues a certificate.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { prisma } from "~/platform/db.server";
import { addDays, isoDateOfInstant } from "~/platform/calendar";
import { performMove } from "~/requests/workflow.server";
import { action as letterAction, loader as letterLoader } from "~/routes/inbox.$id_.letter";
import { action as attendanceAction } from "~/routes/inbox.$id_.attendance";
import { loader as inboxPdf } from "~/routes/inbox.$id_.letters.$letterId";
import { loader as applicantPdf } from "~/routes/requests.$id_.letters.$letterId";
import { loader as applicantPage } from "~/routes/requests.$id/route";
import { loader as verifyLoader } from "~/routes/verify.$code";
import { ORIGIN } from "../../utils/http";
import { createRequest } from "../../factories/requests";
import {
  body,
  cnaoObservership,
  createApplicant,
  createCoordinator,
  errorsOf,
  get,
  location,
  multipart,
  post,
  status,
  type SignedIn,
} from "../../factories/request-flow";

const NAME = "Niccolò Fabrizi-Gómez";
const today = () => isoDateOfInstant(new Date());

const FORM = {
  legalName: "Fondazione CNAO",
  address: "Strada Campeggi 53\n27100 Pavia, Italia",
  signatoryName: "Dott.ssa Chiara Conti",
  signatoryRole: "Responsabile relazioni internazionali",
  fullName: NAME,
  nationality: "pt",
  passportNumber: "cb123456",
  purpose: "Observership in carbon-ion radiotherapy",
  costs: "HOME_INSTITUTION",
  language: "en",
};

async function setup({ start = addDays(today(), 30), end = addDays(today(), 41), status: st = "APPROVED" as const } = {}) {
  const o = await cnaoObservership();
  const applicant = await createApplicant({ name: NAME });
  const coordinator = await createCoordinator("cnao");
  const outsider = await createCoordinator("ieo", "Olga Outsider");
  const stranger = await createApplicant({ name: "Someone Else" });
  const r = await createRequest({ applicantId: applicant.id, opportunityId: o.id, start, end, status: st });
  return { o, applicant, coordinator, outsider, stranger, id: r.id, start, end };
}

const letterPost = (id: string, who: SignedIn, fields: Record<string, string>) =>
  post(letterAction, `/inbox/${id}/letter`, multipart(fields), { cookie: who.cookie, params: { id } });

async function verify(code: string, ip = "203.0.113.7") {
  const request = new Request(new URL(`/verify/${code}`, ORIGIN));
  try {
    return await verifyLoader({ request, params: { code }, context: { clientIp: ip } });
  } catch (thrown) {
    return thrown;
  }
}

async function pdfOf(value: unknown) {
  expect(value).toBeInstanceOf(Response);
  const res = value as Response;
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("application/pdf");
  const bytes = new Uint8Array(await res.arrayBuffer());
  const doc = await getDocument({ data: bytes, verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  let text = "";
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((it) => ("str" in it ? it.str : "")).join("\n") + "\n";
  }
  const info = (await doc.getMetadata()).info as Record<string, unknown>;
  const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
  // The tagged structure's roles on page 1, in reading order (Document, P, H1, L, LI…).
  const roles: string[] = [];
  const walk = (node: { role?: string; children?: unknown[] }) => {
    if (node.role) roles.push(node.role);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(((await (await doc.getPage(1)).getStructTree()) ?? {}) as Parameters<typeof walk>[0]);
  await doc.destroy();
  return { text, info, width, height, roles };
}

async function issue(id: string, coordinator: SignedIn, fields: Record<string, string> = FORM) {
  const res = await letterPost(id, coordinator, { intent: "issue", ...fields });
  expect(location(res)).toBe(`/inbox/${id}?done=letter`);
  return prisma.letter.findFirstOrThrow({ where: { requestId: id, revokedAt: null, kind: "INVITATION" } });
}

describe("the invitation letter", () => {
  it("is previewed, issued, mailed, downloaded by the applicant and the centre only, and verifiable", async () => {
    const { id, applicant, coordinator, outsider, stranger, start, end } = await setup();

    const form = body<{ defaults: { fullName: string }; refusal: string | null }>(
      await get(letterLoader, `/inbox/${id}/letter`, { cookie: coordinator.cookie, params: { id } }),
    );
    expect(form.refusal).toBeNull();
    expect(form.defaults.fullName).toBe(NAME);

    const preview = body<{ preview: { title: string; facts: { value: string }[] } }>(
      await letterPost(id, coordinator, { intent: "preview", ...FORM }),
    );
    expect(preview.preview.title).toBe("Letter of invitation");
    expect(preview.preview.facts.map((f) => f.value)).toContain("Portugal");
    expect(await prisma.letter.count()).toBe(0);

    const letter = await issue(id, coordinator);
    expect(letter.code).toMatch(/^[a-z2-7]{32}$/);
    expect(letter).toMatchObject({ fullName: NAME, nationality: "PT", passportNumber: "CB123456", language: "en" });
    const centre = await prisma.centre.findUniqueOrThrow({ where: { slug: "cnao" } });
    expect(centre.signatoryName).toBe("Dott.ssa Chiara Conti");
    const mail = await prisma.notification.findFirstOrThrow({ where: { kind: "letter-issued", userId: applicant.id } });
    expect(mail.payload).toMatchObject({ letterKind: "INVITATION", url: expect.stringContaining(`/requests/${id}`) });
    const events = await prisma.requestEvent.findMany({ where: { requestId: id, action: "letter-issued" } });
    expect(events).toHaveLength(1);

    // The applicant sees it on their request page and downloads it.
    const page = body<{ letters: { id: string; verifyPath: string }[] }>(
      await get(applicantPage, `/requests/${id}`, { cookie: applicant.cookie, params: { id } }),
    );
    expect(page.letters).toEqual([expect.objectContaining({ id: letter.id, verifyPath: `/verify/${letter.code}` })]);
    const pdf = await pdfOf(
      await get(applicantPdf, `/requests/${id}/letters/${letter.id}`, {
        cookie: applicant.cookie,
        params: { id, letterId: letter.id },
      }),
    );
    expect(pdf.text).toContain(NAME);
    const long = (iso: string) =>
      new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
        new Date(`${iso}T00:00:00Z`),
      );
    expect(pdf.text).toContain(`from ${long(start)} to ${long(end)}`);
    expect(pdf.text).toContain(`${ORIGIN}/verify/${letter.code}`);
    expect(pdf.text).toContain("Fondazione CNAO");
    expect(pdf.info).toMatchObject({ Title: "Letter of invitation", Language: "en-GB" });
    // Tagged: a screen reader finds the document, its heading and the list of facts.
    expect(pdf.roles.slice(0, 3)).toEqual(["Root", "Document", "P"]);
    expect(pdf.roles).toEqual(expect.arrayContaining(["H1", "L", "LI", "LBody"]));
    expect(Math.round(pdf.width)).toBe(595);
    expect(Math.round(pdf.height)).toBe(842);

    // The centre's coordinator too; nobody else.
    const params = { id, letterId: letter.id };
    expect(status(await get(inboxPdf, `/inbox/${id}/letters/${letter.id}`, { cookie: coordinator.cookie, params }))).toBe(200);
    expect(status(await get(inboxPdf, `/inbox/${id}/letters/${letter.id}`, { cookie: outsider.cookie, params }))).toBe(404);
    expect(status(await get(applicantPdf, `/requests/${id}/letters/${letter.id}`, { cookie: stranger.cookie, params }))).toBe(404);

    // Anyone can verify it: the centre, the name, the dates, nothing else.
    const verified = body<{ letter: Record<string, unknown> }>(await verify(letter.code.toUpperCase()));
    expect(verified.letter).toEqual({
      kind: "INVITATION",
      centreName: centre.name,
      fullName: NAME,
      startDate: start,
      endDate: end,
      issuedAt: letter.issuedAt.toISOString(),
      revokedAt: null,
    });
  });

  it("writes in Italian when asked", async () => {
    const { id, applicant, coordinator } = await setup();
    const letter = await issue(id, coordinator, { ...FORM, language: "it", costs: "APPLICANT" });
    const pdf = await pdfOf(
      await get(applicantPdf, "/", { cookie: applicant.cookie, params: { id, letterId: letter.id } }),
    );
    expect(pdf.text).toContain("Lettera di invito");
    expect(pdf.text).toContain("Portogallo");
    expect(pdf.info).toMatchObject({ Language: "it-IT" });
  });

  it("is refused (409, nothing written) for a stay that is not approved, and field errors for bad input", async () => {
    const { id, coordinator } = await setup({ status: "IN_REVIEW" as "APPROVED" });
    const res = await letterPost(id, coordinator, { intent: "issue", ...FORM });
    expect(status(res)).toBe(409);
    expect(errorsOf(res)[""]).toEqual(["letters:form.notApproved"]);
    expect(await prisma.letter.count()).toBe(0);
    expect(await prisma.notification.count({ where: { kind: "letter-issued" } })).toBe(0);

    const bad = await letterPost(id, coordinator, { intent: "issue", ...FORM, nationality: "Portugal", fullName: " " });
    expect(status(bad)).toBe(400);
    expect(errorsOf(bad)).toMatchObject({
      nationality: ["letters:validation.country"],
      fullName: ["letters:validation.required"],
    });
  });

  it("is refused when the opportunity does not issue visa letters", async () => {
    const { id, o, coordinator } = await setup();
    await prisma.opportunity.update({ where: { id: o.id }, data: { visaLetter: false } });
    const res = await letterPost(id, coordinator, { intent: "issue", ...FORM });
    expect(status(res)).toBe(409);
    expect(await prisma.letter.count()).toBe(0);
  });

  it("is 404 for a coordinator of another centre", async () => {
    const { id, outsider } = await setup();
    expect(status(await letterPost(id, outsider, { intent: "issue", ...FORM }))).toBe(404);
    expect(await prisma.letter.count()).toBe(0);
  });

  it("replaces a valid letter when issued again, and is revoked by the coordinator", async () => {
    const { id, coordinator } = await setup();
    const first = await issue(id, coordinator);
    const second = await issue(id, coordinator, { ...FORM, passportNumber: "X9" });
    expect(second.id).not.toBe(first.id);
    expect(await prisma.letter.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ revokedReason: "replaced" });
    expect(body<{ letter: { revokedAt: string | null } }>(await verify(first.code)).letter.revokedAt).not.toBeNull();

    const res = await letterPost(id, coordinator, { intent: "revoke", letterId: second.id });
    expect(location(res)).toBe(`/inbox/${id}/letter?done=revoked`);
    expect(await prisma.letter.count({ where: { requestId: id, revokedAt: null } })).toBe(0);
    const events = await prisma.requestEvent.findMany({ where: { requestId: id, action: "letter-revoked" } });
    expect(events.map((e) => (e.data as { reason: string }).reason).sort()).toEqual(["coordinator", "replaced"]);
  });

  it("is revoked automatically when the approved stay is cancelled or withdrawn", async () => {
    for (const [action, actorKind] of [
      ["cancel", "COORDINATOR"],
      ["withdraw", "APPLICANT"],
    ] as const) {
      const { id, coordinator, applicant } = await setup();
      const letter = await issue(id, coordinator);
      const result = await performMove({
        requestId: id,
        expectedStatus: "APPROVED",
        action,
        actor: actorKind,
        actorId: actorKind === "COORDINATOR" ? coordinator.id : applicant.id,
        data: { reason: "The unit is closed for maintenance." },
      });
      expect(result.ok).toBe(true);
      const verified = body<{ letter: { revokedAt: string | null } }>(await verify(letter.code));
      expect(verified.letter.revokedAt).not.toBeNull();
      expect(await prisma.letter.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({ revokedReason: action });
      await prisma.request.delete({ where: { id } });
    }
  });
});

describe("/verify/<code>", () => {
  it("answers 404 for unknown and garbled codes, and 429 past the limit", async () => {
    expect(status(await verify("a".repeat(32)))).toBe(404);
    expect(status(await verify("not-a-code"))).toBe(404);
    expect(status(await verify("1".repeat(32)))).toBe(404);
    let last: unknown;
    for (let i = 0; i < 61; i++) last = await verify("b".repeat(32), "198.51.100.9");
    expect(status(last)).toBe(429);
  });
});

describe("the certificate of attendance", () => {
  it("is issued when the coordinator confirms attendance after the stay, never before", async () => {
    const future = await setup();
    const early = await post(attendanceAction, "/", multipart({ attendance: "ATTENDED", language: "en" }), {
      cookie: future.coordinator.cookie,
      params: { id: future.id },
    });
    expect(status(early)).toBe(409);
    expect(await prisma.letter.count()).toBe(0);
    await prisma.request.delete({ where: { id: future.id } });

    const { id, coordinator, applicant, start, end } = await setup({
      start: addDays(today(), -14),
      end: addDays(today(), -3),
    });
    const res = await post(attendanceAction, "/", multipart({ attendance: "ATTENDED", language: "en" }), {
      cookie: coordinator.cookie,
      params: { id },
    });
    expect(location(res)).toBe(`/inbox/${id}?done=certificate`);
    const cert = await prisma.letter.findFirstOrThrow({ where: { requestId: id, kind: "CERTIFICATE" } });
    expect(await prisma.request.findUniqueOrThrow({ where: { id } })).toMatchObject({ attendance: "ATTENDED" });
    const pdf = await pdfOf(
      await get(applicantPdf, "/", { cookie: applicant.cookie, params: { id, letterId: cert.id } }),
    );
    expect(pdf.text).toContain("Certificate of attendance");
    expect(pdf.text).toContain(NAME);
    expect(pdf.text).toContain(`${ORIGIN}/verify/${cert.code}`);
    expect(body<{ letter: { kind: string; startDate: string; endDate: string } }>(await verify(cert.code)).letter).toMatchObject({
      kind: "CERTIFICATE",
      startDate: start,
      endDate: end,
    });
    expect(await prisma.notification.count({ where: { kind: "letter-issued", userId: applicant.id } })).toBe(1);

    // A no-show afterwards revokes it.
    await post(attendanceAction, "/", multipart({ attendance: "NO_SHOW", language: "en" }), {
      cookie: coordinator.cookie,
      params: { id },
    });
    expect(await prisma.letter.findUniqueOrThrow({ where: { id: cert.id } })).toMatchObject({ revokedReason: "no-show" });
  });
});
