/**
 * The stay as iCalendar in mail (RFC 5545, RFC 5546): the approval carries METHOD:REQUEST
 * with an all-day event (DTSTART;VALUE=DATE = first day, DTEND = the day after the last),
 * a UID stable per request and SEQUENCE = the request's version; a cancellation or a
 * withdrawal carries METHOD:CANCEL with the same UID and a higher SEQUENCE. Parsed with
 * ical.js, a well-kept parser independent of the generator. Every retry sends the same bytes.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { performMove } from "~/requests/workflow.server";
import { prisma } from "~/platform/db.server";
import { buildMail } from "~/notifications/render.server";
import { processOutbox } from "~/notifications/mail-worker.server";
import { createApplicant, createCoordinator } from "../../factories/request-flow";
import { coordinatorMove, sendRequest, setUpResendStandIn } from "./helpers";
import type { SentEmail } from "../../stand-ins/resend";
import { icsDay, onDay, withWrittenExampleDatesFromToday } from "../../factories/example-dates";

// The catalogue's dates as these tests were written, moved so that 1 December 2026 is today (issue 21).
withWrittenExampleDatesFromToday();

const resend = setUpResendStandIn();

function calendarOf(mail: SentEmail) {
  expect(mail.attachments, `${mail.subject} has one attachment`).toHaveLength(1);
  const [a] = mail.attachments!;
  const text = Buffer.from(a.content, "base64").toString("utf8");
  const root = new ICAL.Component(ICAL.parse(text));
  const vevent = root.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  return {
    attachment: a,
    text,
    method: root.getFirstPropertyValue("method"),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate,
    end: event.endDate,
    status: vevent.getFirstPropertyValue("status"),
    attendee: String(vevent.getFirstPropertyValue("attendee")),
  };
}

describe("calendar attachments", () => {
  it("approval: an all-day event on the final dates; cancellation: the same UID, a higher SEQUENCE, METHOD:CANCEL", async () => {
    resend.use();
    const coordinator = await createCoordinator("cnao");
    const applicant = await createApplicant();
    const id = await sendRequest(applicant, { start: onDay("2027-02-01"), end: onDay("2027-02-12") });
    const approved = await coordinatorMove(id, coordinator.id, "approve", { finalStay: { start: onDay("2027-02-03"), end: onDay("2027-02-10") } });
    expect(approved.ok).toBe(true);
    await processOutbox();
    const approval = resend.standIn.emails.find((m) => m.subject.startsWith("Your request was approved"))!;
    const ics = calendarOf(approval);
    expect(ics.attachment.filename).toBe("ponte-stay.ics");
    expect(ics.attachment.content_type).toBe("text/calendar; charset=utf-8; method=REQUEST");
    expect(ics.method).toBe("REQUEST");
    expect(ics.start.isDate).toBe(true);
    expect(ics.start.toString()).toBe(onDay("2027-02-03"));
    expect(ics.end.isDate).toBe(true);
    expect(ics.end.toString()).toBe(onDay("2027-02-11")); // exclusive: the day after the last day
    expect(ics.text).toContain(`DTSTART;VALUE=DATE:${icsDay("2027-02-03")}`);
    expect(ics.text).toContain(`DTEND;VALUE=DATE:${icsDay("2027-02-11")}`);
    expect(ics.uid).toBe(`request-${id}@localhost`);
    const version = (await prisma.request.findUniqueOrThrow({ where: { id } })).version;
    expect(ics.sequence).toBe(version);
    expect(ics.status).toBe("CONFIRMED");
    expect(ics.attendee.toLowerCase()).toBe(`mailto:${applicant.email}`);
    expect(approval.text).toContain("calendar event (.ics)");

    const cancelled = await coordinatorMove(id, coordinator.id, "cancel", { reason: "The treatment room is closed for maintenance." });
    expect(cancelled.ok).toBe(true);
    await processOutbox();
    const cancellation = resend.standIn.emails.find((m) => m.subject.startsWith("Your stay was cancelled"))!;
    const cancel = calendarOf(cancellation);
    expect(cancel.attachment.filename).toBe("ponte-stay-cancelled.ics");
    expect(cancel.method).toBe("CANCEL");
    expect(cancel.uid).toBe(ics.uid);
    expect(cancel.sequence).toBeGreaterThan(ics.sequence);
    expect(cancel.status).toBe("CANCELLED");
    expect(cancel.start.toString()).toBe(onDay("2027-02-03"));
    expect(cancellation.text).toContain("The treatment room is closed for maintenance.");
  });

  it("the withdrawal confirmation of an approved stay carries the cancelling event", async () => {
    resend.use();
    const coordinator = await createCoordinator("cnao");
    const applicant = await createApplicant();
    const id = await sendRequest(applicant);
    await coordinatorMove(id, coordinator.id, "approve", { finalStay: { start: onDay("2027-02-01"), end: onDay("2027-02-12") } });
    const withdrawn = await performMove({
      requestId: id,
      expectedStatus: "APPROVED",
      action: "withdraw",
      actor: "APPLICANT",
      actorId: applicant.id,
    });
    expect(withdrawn.ok).toBe(true);
    await processOutbox();
    const approval = calendarOf(resend.standIn.emails.find((m) => m.subject.startsWith("Your request was approved"))!);
    const confirmation = resend.standIn.emails.find((m) => m.subject.startsWith("You withdrew your request"))!;
    const cancel = calendarOf(confirmation);
    expect(cancel).toMatchObject({ method: "CANCEL", uid: approval.uid, status: "CANCELLED" });
    expect(cancel.sequence).toBeGreaterThan(approval.sequence);
    expect(resend.standIn.emails.find((m) => m.to[0] === coordinator.email && m.subject.includes("withdrew"))).toBeTruthy();
  });

  it("the workflow addresses the withdrawal confirmation to the applicant who withdrew", async () => {
    const coordinator = await createCoordinator("cnao");
    const applicant = await createApplicant();
    const id = await sendRequest(applicant);
    await coordinatorMove(id, coordinator.id, "approve", { finalStay: { start: onDay("2027-02-01"), end: onDay("2027-02-12") } });
    await performMove({ requestId: id, expectedStatus: "APPROVED", action: "withdraw", actor: "APPLICANT", actorId: applicant.id });
    const mine = await prisma.notification.findMany({ where: { userId: applicant.id }, select: { kind: true } });
    expect(mine.map((n) => n.kind)).toContain("request-withdrawal-confirmed");
    expect(mine.map((n) => n.kind)).not.toContain("request-withdrawn");
  });

  it("builds the same bytes on every attempt (DTSTAMP is the notification's creation time)", async () => {
    const coordinator = await createCoordinator("cnao");
    const applicant = await createApplicant();
    const id = await sendRequest(applicant);
    await coordinatorMove(id, coordinator.id, "approve", { finalStay: { start: onDay("2027-02-01"), end: onDay("2027-02-12") } });
    const n = await prisma.notification.findFirstOrThrow({ where: { kind: "request-approved" } });
    const first = await buildMail({ ...n, recipientName: applicant.name });
    await new Promise((r) => setTimeout(r, 1100));
    const again = await buildMail({ ...n, recipientName: applicant.name });
    expect(again.attachments[0].content.equals(first.attachments[0].content)).toBe(true);
    expect(again.html).toBe(first.html);
    const stamp = n.createdAt.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
    expect(first.attachments[0].content.toString()).toContain(`DTSTAMP:${stamp}`);
  });
});
