/**
 * Recommendation letters from referees (issue 16 part 2; decision 0037), through the real
 * routes: the applicant names referees on /requests/:id/referees (not their own address, no
 * duplicate, no more than the letters asked for); the referee's invitation goes out through
 * the Resend SDK against the local stand-in; the referee, without an account, uploads a PDF
 * through /referee?token=… once; a used, expired, withdrawn or unknown link is the same 404;
 * a file that is not a PDF by its bytes is refused; coordinators download the letter, the
 * applicant cannot; one reminder, never two; retention removes the letters with the files.
 */
import { describe, expect, it } from "vitest";
import { processOutbox } from "~/notifications/mail-worker.server";
import { prisma } from "~/platform/db.server";
import { addDays, isoDateOfInstant } from "~/platform/calendar";
import { findRefereeLink, sendRefereeReminders } from "~/requests/referees.server";
import { runRetention } from "~/requests/retention.server";
import { performMove } from "~/requests/workflow.server";
import { action as refereesAction, loader as refereesLoader } from "~/routes/requests.$id_.referees";
import { action as uploadAction, loader as uploadLoader } from "~/routes/referee";
import { loader as inboxLetter } from "~/routes/inbox.$id_.referees.$refereeId";
import { loader as inboxPage } from "~/routes/inbox.$id/route";
import { loader as applicantPage } from "~/routes/requests.$id/route";
import { outbox, tokenFrom } from "../../factories/accounts";
import {
  body,
  cnaoRequest,
  createCoordinator,
  errorsOf,
  get,
  keepSeededOpportunity,
  location,
  multipart,
  PDF,
  post,
  status,
  withTempUploads,
  type SignedIn,
} from "../../factories/request-flow";
import { makeDue, setUpResendStandIn } from "../notifications/helpers";

const uploads = withTempUploads();
keepSeededOpportunity("cnao-carbon-ion-observership");
const resend = setUpResendStandIn();
const today = () => isoDateOfInstant(new Date());

async function setup(letters = 2) {
  const { o, applicant, coordinator, id } = await cnaoRequest({
    start: addDays(today(), 40),
    end: addDays(today(), 51),
  });
  await prisma.opportunity.update({
    where: { id: o.id },
    data: { requiredDocuments: { push: "RECOMMENDATION_LETTERS" }, recommendationLetters: letters },
  });
  const outsider = await createCoordinator("ieo", "Olga Outsider");
  return { applicant, coordinator, outsider, id };
}

const name = (who: SignedIn, id: string, fields: Record<string, string>) =>
  post(refereesAction, `/requests/${id}/referees`, multipart({ intent: "add", locale: "en", ...fields }), {
    cookie: who.cookie,
    params: { id },
  });

const open = (token: string) => get(uploadLoader, `/referee?token=${encodeURIComponent(token)}`);
const upload = (token: string, bytes: Uint8Array = PDF, filename = "letter.pdf") =>
  post(uploadAction, "/referee", multipart({ token }, { letter: { name: filename, bytes } }));

/** The token of the newest invitation mail to `email` (its payload still holds the link while pending). */
async function tokenOf(email: string, kind = "referee-invitation") {
  const rows = (await outbox(kind)).filter((n) => n.toEmail === email);
  return tokenFrom(rows.at(-1)!);
}

describe("referees and their letters", () => {
  it("a referee uploads once through the e-mailed link without an account; coordinators read it, the applicant cannot", async () => {
    const { applicant, coordinator, outsider, id } = await setup(2);

    // Naming: not the applicant's own address, no duplicate, no more than asked for.
    expect(errorsOf(await name(applicant, id, { name: "Me", email: applicant.email })).email).toEqual([
      "requests:referees.validation.ownEmail",
    ]);
    expect(location(await name(applicant, id, { name: "Prof. Rossi", email: "Rossi@Example.org", locale: "it" }))).toBe(
      `/requests/${id}/referees?done=added`,
    );
    const dup = await name(applicant, id, { name: "Again", email: "rossi@example.org" });
    expect(status(dup)).toBe(400);
    expect(errorsOf(dup).email).toEqual(["requests:referees.validation.duplicate"]);
    expect(location(await name(applicant, id, { name: "Dr Carter", email: "carter@example.org" }))).toMatch(
      /done=added/,
    );
    const full = await name(applicant, id, { name: "Third", email: "third@example.org" });
    expect(status(full)).toBe(409);
    expect(await prisma.referee.count({ where: { requestId: id } })).toBe(2);
    // Only the hash is stored.
    const stored = await prisma.referee.findFirstOrThrow({ where: { email: "rossi@example.org" } });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    // The invitation goes out through Resend, in the language the applicant chose for the referee.
    resend.use();
    await makeDue();
    await processOutbox();
    const mail = resend.standIn.emails.find((m) => m.to[0] === "rossi@example.org")!;
    expect(mail.subject).toBe("Amina Okafor Le chiede una lettera di referenza");
    const link = mail.text!.match(/https?:\/\/\S+\/referee\?token=[a-z0-9]+/)![0];
    const token = new URL(link).searchParams.get("token")!;
    expect(stored.tokenHash).not.toContain(token);

    // No account needed: the page opens and takes the PDF.
    const page = await open(token);
    expect(status(page)).toBe(200);
    expect(body<{ mode: string }>(page).mode).toBe("upload");
    expect(location(await upload(token))).toBe("/referee?received=1");

    // Once: the page and the upload now answer like an unknown link.
    const used = await open(token);
    expect(status(used)).toBe(404);
    expect(body<{ mode: string }>(used).mode).toBe("invalid");
    expect(status(await upload(token))).toBe(404);
    expect(status(await open("a".repeat(32)))).toBe(404);
    expect(await prisma.storedFile.count({ where: { refereeLetter: { isNot: null } } })).toBe(1);

    // The applicant sees received/pending, never the letter.
    const summary = body<{ referees: { required: number; received: number } }>(
      await get(applicantPage, `/requests/${id}`, { cookie: applicant.cookie, params: { id } }),
    );
    expect(summary.referees).toEqual({ required: 2, received: 1 });
    const list = body<{ referees: { receivedAt: string | null; file: unknown }[] }>(
      await get(refereesLoader, `/requests/${id}/referees`, { cookie: applicant.cookie, params: { id } }),
    );
    expect(list.referees.map((r) => [Boolean(r.receivedAt), r.file])).toEqual([
      [true, null],
      [false, null],
    ]);
    const path = `/inbox/${id}/referees/${stored.id}`;
    expect(
      status(await get(inboxLetter, path, { cookie: applicant.cookie, params: { id, refereeId: stored.id } })),
    ).toBe(404);
    expect(
      status(await get(inboxLetter, path, { cookie: outsider.cookie, params: { id, refereeId: stored.id } })),
    ).toBe(404);

    // The centre's coordinator downloads the very bytes, and sees received 1 of 2.
    const res = (await get(inboxLetter, path, {
      cookie: coordinator.cookie,
      params: { id, refereeId: stored.id },
    })) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    const inbox = body<{ referees: { required: number; referees: { name: string; file: unknown }[] } }>(
      await get(inboxPage, `/inbox/${id}`, { cookie: coordinator.cookie, params: { id } }),
    );
    expect(inbox.referees.required).toBe(2);
    expect(inbox.referees.referees.map((r) => [r.name, r.file !== null])).toEqual([
      ["Prof. Rossi", true],
      ["Dr Carter", false],
    ]);
  });

  it("refuses a file that is not a PDF by its bytes, and an expired link, storing nothing", async () => {
    const { applicant, id } = await setup(1);
    await name(applicant, id, { name: "Prof. Rossi", email: "rossi@example.org" });
    const token = await tokenOf("rossi@example.org");
    const before = uploads.count();

    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const refused = await upload(token, png, "letter.pdf");
    expect(status(refused)).toBe(400);
    expect(errorsOf(refused).letter).toEqual(["requests:validation.file-not-pdf"]);
    expect(uploads.count()).toBe(before);
    expect(await prisma.referee.findFirstOrThrow({ where: { requestId: id } })).toMatchObject({ receivedAt: null });

    // Thirty days later the link is dead, although never used.
    await prisma.referee.updateMany({
      where: { requestId: id },
      data: { tokenExpiresAt: new Date(Date.now() - 1000) },
    });
    expect(status(await open(token))).toBe(404);
    expect(status(await upload(token))).toBe(404);
    expect(uploads.count()).toBe(before);
    expect(await prisma.storedFile.count()).toBe(0);
  });

  it("resending once and replacing give new links and end the old ones; withdrawing ends every pending link", async () => {
    const { applicant, id } = await setup(2);
    await name(applicant, id, { name: "Prof. Rossi", email: "rossi@example.org" });
    await name(applicant, id, { name: "Dr Carter", email: "carter@example.org" });
    const [rossi, carter] = await prisma.referee.findMany({ where: { requestId: id }, orderBy: { createdAt: "asc" } });
    const first = await tokenOf("rossi@example.org");

    const resend = (refereeId: string) =>
      post(refereesAction, `/requests/${id}/referees`, multipart({ intent: "resend", id: refereeId }), {
        cookie: applicant.cookie,
        params: { id },
      });
    expect(location(await resend(rossi.id))).toMatch(/done=resent/);
    const second = await tokenOf("rossi@example.org");
    expect(second).not.toBe(first);
    expect(await findRefereeLink(first)).toBeNull();
    expect(await findRefereeLink(second)).not.toBeNull();
    const again = await resend(rossi.id);
    expect(status(again)).toBe(409);
    expect(errorsOf(again)[""]).toEqual(["requests:referees.validation.alreadyResent"]);

    const carterToken = await tokenOf("carter@example.org");
    const replaced = await post(
      refereesAction,
      `/requests/${id}/referees`,
      multipart({ intent: "replace", id: carter.id, name: "Dr Bianchi", email: "bianchi@example.org", locale: "it" }),
      { cookie: applicant.cookie, params: { id } },
    );
    expect(location(replaced)).toMatch(/done=replaced/);
    expect(await findRefereeLink(carterToken)).toBeNull();
    const bianchi = await tokenOf("bianchi@example.org");
    expect(await findRefereeLink(bianchi)).not.toBeNull();

    const withdrawn = await performMove({
      requestId: id,
      expectedStatus: "SUBMITTED",
      action: "withdraw",
      actor: "APPLICANT",
      actorId: applicant.id,
      data: {},
    });
    expect(withdrawn.ok).toBe(true);
    expect(await prisma.referee.count({ where: { requestId: id, tokenHash: { not: null } } })).toBe(0);
    expect(status(await open(second))).toBe(404);
    expect(status(await open(bianchi))).toBe(404);
  });

  it("reminds a referee who has not uploaded once, with a link that keeps the first one's expiry", async () => {
    const { applicant, id } = await setup(2);
    await name(applicant, id, { name: "Prof. Rossi", email: "rossi@example.org" });
    await name(applicant, id, { name: "Dr Carter", email: "carter@example.org" });
    expect(location(await upload(await tokenOf("carter@example.org")))).toBe("/referee?received=1");
    const now = Date.now();

    expect(await sendRefereeReminders(new Date(now + 13 * 86_400_000))).toBe(0);
    expect(await sendRefereeReminders(new Date(now + 15 * 86_400_000))).toBe(1);
    expect(await sendRefereeReminders(new Date(now + 16 * 86_400_000))).toBe(0);
    expect(await sendRefereeReminders(new Date(now + 25 * 86_400_000))).toBe(0);
    const reminders = await outbox("referee-reminder");
    expect(reminders.map((n) => n.toEmail)).toEqual(["rossi@example.org"]);
    const fresh = tokenFrom(reminders[0]);
    expect(await findRefereeLink(await tokenOf("rossi@example.org"))).toBeNull();
    const link = await findRefereeLink(fresh);
    const row = await prisma.referee.findFirstOrThrow({ where: { email: "rossi@example.org" } });
    expect(link?.expiresAt).toBe(row.tokenExpiresAt.toISOString());
    expect(row.tokenExpiresAt.getTime()).toBeGreaterThan(now + 29 * 86_400_000);
    expect(location(await upload(fresh))).toBe("/referee?received=1");
  });

  it("the retention sweep deletes the letters with the request's other files", async () => {
    const { applicant, id } = await setup(1);
    await name(applicant, id, { name: "Prof. Rossi", email: "rossi@example.org" });
    await upload(await tokenOf("rossi@example.org"));
    expect(uploads.count()).toBe(1);
    const ended = new Date(Date.now() - 400 * 86_400_000);
    await prisma.request.update({ where: { id }, data: { status: "DECLINED", filesNoticeSentAt: ended } });
    await prisma.requestEvent.create({
      data: { requestId: id, actorKind: "COORDINATOR", action: "decline", toStatus: "DECLINED", createdAt: ended },
    });
    const summary = await runRetention(new Date());
    expect(summary.filesRemoved).toBe(1);
    expect(uploads.count()).toBe(0);
    expect(await prisma.referee.findFirstOrThrow({ where: { requestId: id } })).toMatchObject({ fileId: null });
  });
});
