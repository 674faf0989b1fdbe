/**
 * The document wallet (issue 16, part 1) through real Requests: /profile/documents adds,
 * replaces and deletes typed documents (PDF, JPEG, PNG judged by bytes; 5 MB); the request
 * form sends documents picked from the wallet, and each request keeps its own copy, which
 * the applicant and the centre's coordinators download and which no later change to the
 * wallet touches; retention removes the copies, account erasure the wallet.
 */
import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { deleteAccount } from "~/accounts/user.server";
import { prisma } from "~/platform/db.server";
import { MAX_PDF_BYTES } from "~/platform/uploads.server";
import { runRetention } from "~/requests/retention.server";
import type { WalletType } from "~/requests/wallet";
import { action as walletAction, loader as walletLoader } from "~/routes/profile_.documents";
import { loader as walletFileLoader } from "~/routes/profile_.documents.$id";
import { action as requestAction, loader as requestLoader } from "~/routes/requests.new/route";
import { loader as applicantFileLoader } from "~/routes/requests.$id_.files.$fileId";
import { loader as inboxFileLoader } from "~/routes/inbox.$id_.files.$fileId";
import { loader as applicantPageLoader } from "~/routes/requests.$id/route";
import { createOpportunity } from "../../factories/requests";
import {
  body,
  cnaoObservership,
  createApplicant,
  createCoordinator,
  errorsOf,
  get,
  location,
  multipart,
  PDF,
  post,
  status,
  withTempUploads,
  type SignedIn,
} from "../../factories/request-flow";
import { onDay, withWrittenExampleDatesFromToday } from "../../factories/example-dates";

withWrittenExampleDatesFromToday();
const uploads = withTempUploads();

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0]);
const PDF_V2 = new TextEncoder().encode("%PDF-1.7\n% the replaced CV\n%%EOF\n");

/** Posts one wallet form (multipart) as `who`. */
function walletPost(who: SignedIn, fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }) {
  return post(walletAction, "/profile/documents", multipart(fields, file ? { file } : {}), { cookie: who.cookie });
}

/** Adds a document through /profile/documents and returns its id. */
async function addDocument(
  who: SignedIn,
  type: string,
  file: { name: string; bytes: Uint8Array },
  extra: Record<string, string> = {},
) {
  const res = await walletPost(who, { intent: "add", type, ...extra }, file);
  expect(location(res)).toBe("/profile/documents?done=added");
  const row = await prisma.walletDocument.findFirstOrThrow({
    where: { ownerId: who.id, type: type as WalletType },
    orderBy: { createdAt: "desc" },
  });
  return row.id;
}

async function bytesOf(res: unknown): Promise<Uint8Array> {
  expect(res).toBeInstanceOf(Response);
  return new Uint8Array(await (res as Response).arrayBuffer());
}

const MOTIVATION = { motivation: "I plan carbon-ion treatments and would like to observe the workflow." };

/**
 * A new applicant keeps a CV and a health insurance (both PDF) in the wallet and sends CNAO's
 * observership a request for 1–12 February 2027 with both. @returns the applicant, the two
 * wallet documents' ids and the sent request's id.
 */
async function sentWithWalletDocuments() {
  const cnao = await cnaoObservership();
  const amina = await createApplicant();
  const cv = await addDocument(amina, "CV", { name: "cv.pdf", bytes: PDF });
  const insurance = await addDocument(amina, "HEALTH_INSURANCE", { name: "insurance.pdf", bytes: PDF });
  const sent = await post(
    requestAction,
    `/requests/new?opportunity=${cnao.id}`,
    multipart({
      ...MOTIVATION,
      startDate: onDay("2027-02-01"),
      endDate: onDay("2027-02-12"),
      documents: [cv, insurance],
    }),
    { cookie: amina.cookie },
  );
  const requestId = location(sent)!.match(/^\/requests\/([^?]+)/)![1]!;
  return { amina, cv, insurance, requestId };
}

describe("the wallet page", () => {
  it("adds PDF, PNG and JPEG documents, lists them, and serves each only to its owner", async () => {
    const amina = await createApplicant();
    const other = await createApplicant({ name: "Other Person" });
    const cv = await addDocument(amina, "CV", { name: "cv.pdf", bytes: PDF });
    const insurance = await addDocument(
      amina,
      "HEALTH_INSURANCE",
      { name: "insurance scan", bytes: PNG },
      {
        expiresOn: onDay("2027-12-31"),
      },
    );
    const other1 = await addDocument(
      amina,
      "OTHER",
      { name: "vaccines.jpeg", bytes: JPEG },
      { name: "Hepatitis B titre" },
    );
    const page = body<{
      documents: { id: string; type: string; name: string | null; file: { contentType: string; filename: string } }[];
    }>(await get(walletLoader, "/profile/documents", { cookie: amina.cookie }));
    expect(page.documents.map((d) => [d.type, d.name, d.file.contentType, d.file.filename])).toEqual([
      ["CV", null, "application/pdf", "cv.pdf"],
      ["HEALTH_INSURANCE", null, "image/png", "insurance scan.png"],
      ["OTHER", "Hepatitis B titre", "image/jpeg", "vaccines.jpeg"],
    ]);
    const png = await get(walletFileLoader, `/profile/documents/${insurance}`, {
      cookie: amina.cookie,
      params: { id: insurance },
    });
    expect((png as Response).headers.get("Content-Type")).toBe("image/png");
    expect(await bytesOf(png)).toEqual(PNG);
    for (const id of [cv, other1]) {
      expect(
        status(await get(walletFileLoader, `/profile/documents/${id}`, { cookie: other.cookie, params: { id } })),
      ).toBe(404);
    }
    // Someone else's document cannot be replaced or deleted either (404, nothing changes).
    expect(status(await walletPost(other, { intent: "delete", id: cv }))).toBe(404);
    expect(await prisma.walletDocument.count({ where: { ownerId: amina.id } })).toBe(3);
  });

  it("bad bytes, an oversize file, a missing name or a past expiry are field errors; nothing is stored", async () => {
    const amina = await createApplicant();
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const fake = await walletPost(amina, { intent: "add", type: "CV" }, { name: "cv.pdf", bytes: html });
    expect(status(fake)).toBe(400);
    expect(errorsOf(fake).file).toEqual(["requests:validation.file-not-document"]);
    const big = new Uint8Array(MAX_PDF_BYTES + 1);
    big.set(PDF);
    const oversize = await walletPost(amina, { intent: "add", type: "CV" }, { name: "cv.pdf", bytes: big });
    expect(errorsOf(oversize).file).toEqual(["requests:validation.file-too-large"]);
    const noName = await walletPost(amina, { intent: "add", type: "OTHER" }, { name: "x.pdf", bytes: PDF });
    expect(errorsOf(noName).name).toEqual(["requests:wallet.validation.nameRequired"]);
    const past = await walletPost(
      amina,
      { intent: "add", type: "PASSPORT_ID", expiresOn: "2020-01-01" },
      { name: "passport.pdf", bytes: PDF },
    );
    expect(errorsOf(past).expiresOn).toEqual(["requests:wallet.validation.expired"]);
    const noFile = await walletPost(amina, { intent: "add", type: "CV" });
    expect(errorsOf(noFile).file).toEqual(["requests:wallet.validation.fileRequired"]);
    expect(await prisma.walletDocument.count()).toBe(0);
    expect(await prisma.storedFile.count()).toBe(0);
    expect(uploads.count()).toBe(0);
  });
});

describe("sending documents from the wallet", () => {
  it("fills the wallet once and sends two requests to two centres without uploading again", async () => {
    const cnao = await cnaoObservership();
    const second = await createOpportunity({ centreSlug: "niguarda" });
    const cnaoCoordinator = await createCoordinator("cnao");
    const amina = await createApplicant();
    const cv = await addDocument(amina, "CV", { name: "cv.pdf", bytes: PDF });
    const insurance = await addDocument(amina, "HEALTH_INSURANCE", { name: "insurance.png", bytes: PNG });
    expect(uploads.count()).toBe(2);

    // The form lists the wallet, with the opportunity's required types marked.
    const page = body<{ wallet: { id: string; required: boolean }[]; requiredTypes: string[] }>(
      await get(requestLoader, `/requests/new?opportunity=${cnao.id}`, { cookie: amina.cookie }),
    );
    expect(page.requiredTypes).toEqual(["CV", "HEALTH_INSURANCE"]);
    expect(page.wallet.map((d) => [d.id, d.required])).toEqual([
      [cv, true],
      [insurance, true],
    ]);

    const ids: string[] = [];
    for (const [o, dates] of [
      [cnao.id, { startDate: onDay("2027-02-01"), endDate: onDay("2027-02-12") }],
      [second.id, { startDate: onDay("2027-03-01"), endDate: onDay("2027-03-12") }],
    ] as const) {
      const res = await post(
        requestAction,
        `/requests/new?opportunity=${o}`,
        multipart({ ...MOTIVATION, ...dates, documents: [cv, insurance] }),
        { cookie: amina.cookie },
      );
      expect(status(res)).toBe(302);
      ids.push(location(res)!.match(/^\/requests\/([^?]+)/)![1]);
    }
    const requests = await prisma.request.findMany({
      where: { id: { in: ids } },
      include: { documents: { include: { file: true }, orderBy: { position: "asc" } } },
    });
    for (const r of requests) {
      expect(r.documents.map((d) => [d.type, d.file.filename, d.file.contentType])).toEqual([
        ["CV", "cv.pdf", "application/pdf"],
        ["HEALTH_INSURANCE", "insurance.png", "image/png"],
      ]);
    }
    // Two wallet files and two copies per request; the wallet still holds two documents.
    expect(uploads.count()).toBe(6);
    expect(await prisma.walletDocument.count()).toBe(2);

    // The coordinator of the first centre downloads its copy; the second request is not theirs.
    const cnaoRequest = requests.find((r) => r.opportunityId === cnao.id)!;
    const otherRequest = requests.find((r) => r.opportunityId === second.id)!;
    const copy = cnaoRequest.documents[1].file;
    const inbox = await get(inboxFileLoader, `/inbox/${cnaoRequest.id}/files/${copy.id}`, {
      cookie: cnaoCoordinator.cookie,
      params: { id: cnaoRequest.id, fileId: copy.id },
    });
    expect(await bytesOf(inbox)).toEqual(PNG);
    const foreign = otherRequest.documents[0].file.id;
    expect(
      status(
        await get(inboxFileLoader, `/inbox/${otherRequest.id}/files/${foreign}`, {
          cookie: cnaoCoordinator.cookie,
          params: { id: otherRequest.id, fileId: foreign },
        }),
      ),
    ).toBe(404);
    // The applicant's request page lists what was sent.
    const view = body<{ request: { documents: { type: string; file: { id: string } }[] } }>(
      await get(applicantPageLoader, `/requests/${cnaoRequest.id}`, {
        cookie: amina.cookie,
        params: { id: cnaoRequest.id },
      }),
    );
    expect(view.request.documents.map((d) => d.type)).toEqual(["CV", "HEALTH_INSURANCE"]);
  });

  it("a required document missing from the choice, or expiring before the stay ends, is a field error; nothing is written", async () => {
    const cnao = await cnaoObservership();
    const amina = await createApplicant();
    const cv = await addDocument(amina, "CV", { name: "cv.pdf", bytes: PDF });
    const dates = { startDate: onDay("2027-02-01"), endDate: onDay("2027-02-12") };
    const missing = await post(
      requestAction,
      `/requests/new?opportunity=${cnao.id}`,
      multipart({ ...MOTIVATION, ...dates, documents: [cv] }),
      { cookie: amina.cookie },
    );
    expect(status(missing)).toBe(400);
    expect(errorsOf(missing).documents).toEqual(["requests:wallet.validation.missingRequired"]);
    // Insurance that runs out before the last day of the stay does not count.
    const short = await addDocument(
      amina,
      "HEALTH_INSURANCE",
      { name: "insurance.pdf", bytes: PDF },
      { expiresOn: onDay("2027-02-05") },
    );
    const expiring = await post(
      requestAction,
      `/requests/new?opportunity=${cnao.id}`,
      multipart({ ...MOTIVATION, ...dates, documents: [cv, short] }),
      { cookie: amina.cookie },
    );
    expect(errorsOf(expiring).documents).toEqual(["requests:wallet.validation.missingRequired"]);
    // Someone else's document is not a choice.
    const other = await createApplicant({ name: "Other Person" });
    const theirs = await addDocument(other, "HEALTH_INSURANCE", { name: "i.pdf", bytes: PDF });
    const foreign = await post(
      requestAction,
      `/requests/new?opportunity=${cnao.id}`,
      multipart({ ...MOTIVATION, ...dates, documents: [cv, theirs] }),
      { cookie: amina.cookie },
    );
    expect(errorsOf(foreign).documents).toEqual(["requests:wallet.validation.unknownDocument"]);
    // A new upload from the form fills the gap and goes into the wallet.
    const fixed = await post(
      requestAction,
      `/requests/new?opportunity=${cnao.id}`,
      multipart(
        { ...MOTIVATION, ...dates, documents: [cv], uploadType: "HEALTH_INSURANCE" },
        {
          upload: { name: "new insurance.pdf", bytes: PDF },
        },
      ),
      { cookie: amina.cookie },
    );
    expect(status(fixed)).toBe(302);
    expect(await prisma.request.count()).toBe(1);
    expect(await prisma.walletDocument.count({ where: { ownerId: amina.id, type: "HEALTH_INSURANCE" } })).toBe(2);
  });

  it("replacing or deleting a wallet document leaves the sent request's copy unchanged", async () => {
    const { amina, cv, insurance, requestId } = await sentWithWalletDocuments();
    const before = await prisma.requestDocument.findMany({ where: { requestId }, include: { file: true } });

    const replaced = await walletPost(
      amina,
      { intent: "replace", id: cv, type: "CV" },
      { name: "cv-2027.pdf", bytes: PDF_V2 },
    );
    expect(location(replaced)).toBe("/profile/documents?done=replaced");
    expect(location(await walletPost(amina, { intent: "delete", id: insurance }))).toBe(
      "/profile/documents?done=deleted",
    );

    const walletCv = await get(walletFileLoader, `/profile/documents/${cv}`, {
      cookie: amina.cookie,
      params: { id: cv },
    });
    expect(await bytesOf(walletCv)).toEqual(PDF_V2);
    const after = await prisma.requestDocument.findMany({ where: { requestId }, include: { file: true } });
    expect(after).toEqual(before);
    const sentCv = before.find((d) => d.type === "CV")!.file;
    const download = await get(applicantFileLoader, `/requests/${requestId}/files/${sentCv.id}`, {
      cookie: amina.cookie,
      params: { id: requestId, fileId: sentCv.id },
    });
    expect(await bytesOf(download)).toEqual(PDF);
    // Wallet: the new CV only (the old bytes and the deleted insurance are gone); request: two copies.
    expect(uploads.count()).toBe(3);
  });
});

describe("removal", () => {
  it("retention deletes a request's copies; account erasure deletes the wallet", async () => {
    const { amina, requestId } = await sentWithWalletDocuments();
    const declinedAt = new Date();
    await prisma.request.update({ where: { id: requestId }, data: { status: "DECLINED" } });
    await prisma.requestEvent.create({
      data: {
        requestId,
        actorKind: "COORDINATOR",
        action: "decline",
        fromStatus: "SUBMITTED",
        toStatus: "DECLINED",
        createdAt: declinedAt,
      },
    });
    expect(uploads.count()).toBe(4);
    // The notice, then (after the notice period) the deletion.
    const far = addDays(declinedAt, 800);
    expect((await runRetention(far)).noticesSent).toBe(1);
    const removed = await runRetention(addDays(far, 30));
    expect(removed.filesRemoved).toBe(2);
    expect(await prisma.requestDocument.count({ where: { requestId } })).toBe(0);
    expect(uploads.count()).toBe(2); // the wallet's own files stay

    await deleteAccount(amina.id);
    expect(await prisma.walletDocument.count()).toBe(0);
    expect(await prisma.storedFile.count()).toBe(0);
    expect(uploads.count()).toBe(0);
  });
});
