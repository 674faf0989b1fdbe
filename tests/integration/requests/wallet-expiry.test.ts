/**
 * The wallet's expiry reminders (issue 16 part 1, app/requests/wallet-expiry.server.ts): 30
 * days before a document's last valid day (inclusive, UTC) its owner gets one e-mail listing
 * what came due; never twice for the same date; again after the date is changed on
 * /profile/documents; in the person's language; not for documents without a date or already
 * past it. The job's `now` is injected; documents are added through the real wallet page.
 */
import { describe, expect, it } from "vitest";
import { prisma } from "~/platform/db.server";
import { addDays } from "~/platform/calendar";
import { todayIso } from "~/platform/dates";
import { renderEmail } from "~/notifications/render.server";
import { sendExpiryReminders } from "~/requests/wallet-expiry.server";
import { action as walletAction } from "~/routes/profile_.documents";
import {
  createApplicant,
  location,
  multipart,
  PDF,
  post,
  withTempUploads,
  type SignedIn,
} from "../../factories/request-flow";

withTempUploads();

const TODAY = todayIso();
const NOW = new Date(`${TODAY}T06:00:00Z`);

async function add(who: SignedIn, type: string, expiresOn?: string, name?: string) {
  const fields: Record<string, string> = { intent: "add", type };
  if (expiresOn) fields.expiresOn = expiresOn;
  if (name) fields.name = name;
  const res = await post(
    walletAction,
    "/profile/documents",
    multipart(fields, { file: { name: "doc.pdf", bytes: PDF } }),
    {
      cookie: who.cookie,
    },
  );
  expect(location(res)).toBe("/profile/documents?done=added");
  return prisma.walletDocument.findFirstOrThrow({ where: { ownerId: who.id }, orderBy: { createdAt: "desc" } });
}

describe("expiry reminders", () => {
  it("remind once, 30 days ahead (inclusive), listing every document due, and only those", async () => {
    const amina = await createApplicant();
    await add(amina, "HEALTH_INSURANCE", addDays(TODAY, 30)); // the 30th day: due
    await add(amina, "OTHER", addDays(TODAY, 3), "Vaccination card"); // due, named by the person
    await add(amina, "PASSPORT_ID", addDays(TODAY, 31)); // one day too early
    await add(amina, "CV"); // no expiry

    const run = await sendExpiryReminders(NOW);
    expect(run).toEqual({ documents: 2, mails: 1 });
    const mails = await prisma.notification.findMany({ where: { kind: "document-expiring" } });
    expect(mails).toHaveLength(1);
    expect(mails[0].userId).toBe(amina.id);
    const payload = mails[0].payload as { url: string; documents: { label: string; expiresOn: string }[] };
    expect(payload.url).toMatch(/\/profile\/documents$/);
    expect(payload.documents).toEqual([
      { label: "Vaccination card", expiresOn: addDays(TODAY, 3) },
      { label: "Health insurance", expiresOn: addDays(TODAY, 30) },
    ]);
    const mail = await renderEmail("document-expiring", mails[0].payload, "en");
    expect(mail.subject).toBe("2 documents in your Ponte wallet expire soon");
    expect(mail.text).toContain("Health insurance: valid until");

    // Run again the same day and the next: nothing new until the passport comes due.
    expect(await sendExpiryReminders(NOW)).toEqual({ documents: 0, mails: 0 });
    expect(await sendExpiryReminders(new Date(NOW.getTime() + 86_400_000))).toEqual({ documents: 1, mails: 1 });
    expect(await prisma.notification.count({ where: { kind: "document-expiring" } })).toBe(2);
  });

  it("a changed expiry date arms the reminder again; a past date is never announced", async () => {
    const amina = await createApplicant();
    const doc = await add(amina, "HEALTH_INSURANCE", addDays(TODAY, 10));
    expect((await sendExpiryReminders(NOW)).mails).toBe(1);

    // Renewed: a new date 20 days later, through the page's change form (no new file).
    const res = await post(
      walletAction,
      "/profile/documents",
      multipart({ intent: "replace", id: doc.id, type: "HEALTH_INSURANCE", expiresOn: addDays(TODAY, 25) }),
      { cookie: amina.cookie },
    );
    expect(location(res)).toBe("/profile/documents?done=replaced");
    expect((await prisma.walletDocument.findUniqueOrThrow({ where: { id: doc.id } })).expiryReminderSentAt).toBeNull();
    expect(await sendExpiryReminders(NOW)).toEqual({ documents: 1, mails: 1 });

    // A document whose date has passed before any run (the job was stopped) gets no late mail.
    const late = await createApplicant({ name: "Late Runner" });
    await add(late, "PASSPORT_ID", addDays(TODAY, 1));
    expect(await sendExpiryReminders(new Date(NOW.getTime() + 2 * 86_400_000))).toEqual({ documents: 0, mails: 0 });
  });

  it("speaks the person's language", async () => {
    const giulia = await createApplicant({ name: "Giulia Rossi" });
    await prisma.user.update({ where: { id: giulia.id }, data: { locale: "it" } });
    await add(giulia, "HEALTH_INSURANCE", addDays(TODAY, 5));
    await sendExpiryReminders(NOW);
    const row = await prisma.notification.findFirstOrThrow({ where: { kind: "document-expiring", userId: giulia.id } });
    expect(row.locale).toBe("it");
    const mail = await renderEmail("document-expiring", row.payload, "it");
    expect(mail.subject).toMatch(/^Un documento nel Suo archivio Ponte scade il \d+ \S+ \d{4}$/);
    expect(mail.text).toContain("Assicurazione sanitaria: valido fino al");
  });
});
