/**
 * /inbox and /inbox/export.csv: only the coordinator's centres, counts per state, filters
 * (state, opportunity, assignee, "waiting on me"), search by applicant name or e-mail, the
 * sort by share of the response clock used, bulk decline with a reason, and the CSV export
 * of the same filtered list (guarded against formula injection).
 */
import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/inbox._index/route";
import { loader as exportLoader } from "~/routes/inbox.export[.csv]";
import { prisma } from "~/platform/db.server";
import { DAY_MS } from "~/requests/clock";
import { createOpportunity, createRequest } from "../../factories/requests";
import {
  body,
  cnaoObservership,
  createApplicant,
  createCoordinator,
  get,
  location,
  multipart,
  post,
  status,
} from "../../factories/request-flow";

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF records). */
function parse(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

type Inbox = {
  total: number;
  counts: Record<string, number>;
  rows: { id: string; status: string; applicant: { name: string; email: string } | null; shareUsed: number | null }[];
};

const NOW = Date.now();
const daysAgo = (d: number) => new Date(NOW - d * DAY_MS);

async function world() {
  const o = await cnaoObservership();
  const other = await createOpportunity({ centreSlug: "cnao", seats: 3 });
  const ieo = await createOpportunity({ centreSlug: "ieo", seats: 3 });
  const me = await createCoordinator("cnao", "Chiara Conti");
  const colleague = await createCoordinator("cnao", "Marco Bassi");
  const outsider = await createCoordinator("ieo", "Olga Outsider");
  const amina = await createApplicant({ name: "Amina Okafor" });
  const bruno = await createApplicant({ name: "Bruno Díaz" });
  const mk = (
    applicantId: string,
    opportunityId: string,
    status: "SUBMITTED" | "IN_REVIEW" | "INFO_REQUESTED" | "APPROVED" | "DECLINED",
    submittedAt: Date,
    assigneeId: string | null = null,
  ) =>
    createRequest({
      applicantId,
      opportunityId,
      start: "2027-02-01",
      end: "2027-02-12",
      status,
      submittedAt,
      extra: { assigneeId, ...(status === "INFO_REQUESTED" ? { pausedAt: new Date(NOW) } : {}) },
    });
  const fresh = await mk(amina.id, o.id, "SUBMITTED", daysAgo(1)); // 1/21 used
  const old = await mk(bruno.id, o.id, "IN_REVIEW", daysAgo(15), me.id); // 15/21 used
  const theirs = await mk(amina.id, other.id, "IN_REVIEW", daysAgo(5), colleague.id);
  const waiting = await mk(bruno.id, other.id, "INFO_REQUESTED", daysAgo(18)); // paused
  const done = await mk(amina.id, o.id, "DECLINED", daysAgo(30));
  const foreign = await mk(bruno.id, ieo.id, "SUBMITTED", daysAgo(20));
  return { o, other, me, colleague, outsider, amina, bruno, fresh, old, theirs, waiting, done, foreign };
}

const inbox = async (cookie: string, query = "") =>
  body<Inbox>(await get(loader, `/inbox${query ? `?${query}` : ""}`, { cookie }));
const ids = (page: Inbox) => page.rows.map((r) => r.id);

describe("/inbox", () => {
  it("is for coordinators: applicants get 403, signed-out people the login page", async () => {
    const applicant = await createApplicant();
    expect(status(await get(loader, "/inbox", { cookie: applicant.cookie }))).toBe(403);
    expect(status(await get(loader, "/inbox"))).toBe(302);
  });

  it("shows only the coordinator's centres, open requests by share of the clock used, with counts per state", async () => {
    const w = await world();
    const page = await inbox(w.me.cookie);
    expect(ids(page)).toEqual([w.waiting.id, w.old.id, w.theirs.id, w.fresh.id]);
    expect(page.rows[0].shareUsed).toBeCloseTo(18 / 21, 2);
    expect(page.counts).toMatchObject({ SUBMITTED: 1, IN_REVIEW: 2, INFO_REQUESTED: 1, DECLINED: 1, APPROVED: 0 });
    const outsiderPage = await inbox(w.outsider.cookie);
    expect(ids(outsiderPage)).toEqual([w.foreign.id]);
    expect(outsiderPage.counts.SUBMITTED).toBe(1);
  });

  it("filters by state, opportunity, assignee, 'waiting on me', and searches names and e-mails", async () => {
    const w = await world();
    expect(ids(await inbox(w.me.cookie, "state=all&sort=newest"))).toEqual([
      w.fresh.id,
      w.theirs.id,
      w.old.id,
      w.waiting.id,
      w.done.id,
    ]);
    expect(ids(await inbox(w.me.cookie, "state=DECLINED"))).toEqual([w.done.id]);
    expect(ids(await inbox(w.me.cookie, `opportunity=${w.other.id}`))).toEqual([w.waiting.id, w.theirs.id]);
    expect(ids(await inbox(w.me.cookie, "assignee=me"))).toEqual([w.old.id]);
    expect(ids(await inbox(w.me.cookie, `assignee=${w.colleague.id}`))).toEqual([w.theirs.id]);
    expect(ids(await inbox(w.me.cookie, "assignee=none"))).toEqual([w.waiting.id, w.fresh.id]);
    // Waiting on me: mine or unassigned, SUBMITTED or IN_REVIEW (not the paused one, not the colleague's).
    expect(ids(await inbox(w.me.cookie, "waiting=me"))).toEqual([w.old.id, w.fresh.id]);
    expect(ids(await inbox(w.me.cookie, "q=BRUNO"))).toEqual([w.waiting.id, w.old.id]);
    expect(
      ids(await inbox(w.me.cookie, `q=${encodeURIComponent(w.amina.email.slice(0, 10))}&state=all&sort=oldest`)),
    ).toEqual([w.done.id, w.theirs.id, w.fresh.id]);
    // Searching never crosses into another centre.
    expect(ids(await inbox(w.me.cookie, "q=bruno&state=all"))).not.toContain(w.foreign.id);
    // A filter that does not fit is a field error on the same page; the others still apply.
    const bogus = await get(loader, "/inbox?state=BOGUS&q=bruno", { cookie: w.me.cookie });
    expect(status(bogus)).toBe(200);
    expect(body<{ errors: Record<string, string> }>(bogus).errors).toEqual({ state: "filters.error.invalid" });
    expect(ids(body<Inbox>(bogus))).toEqual(ids(await inbox(w.me.cookie, "q=bruno")));
    expect(status(await get(exportLoader, "/inbox/export.csv?state=BOGUS", { cookie: w.me.cookie }))).toBe(400);
  });
});

describe("bulk decline", () => {
  it("declines the selected requests of the coordinator's centres with the reason; others are skipped and unchanged", async () => {
    const w = await world();
    const form = multipart({
      intent: "bulk-decline",
      reason: "The programme is full this spring.",
      ids: [w.fresh.id, w.old.id, w.done.id, w.foreign.id],
      back: "/inbox?sort=newest",
      confirmed: "yes",
    });
    const res = await post(action, "/inbox", form, { cookie: w.me.cookie });
    expect(location(res)).toBe(
      `/inbox?sort=newest&bulk=decline&applied=2&refused=${encodeURIComponent(`${w.done.id}:wrong-state,${w.foreign.id}:not-found`)}`,
    );
    const rows = await prisma.request.findMany({
      where: { id: { in: [w.fresh.id, w.old.id, w.foreign.id] } },
      orderBy: { submittedAt: "desc" },
    });
    expect(rows.map((r) => [r.id, r.status, r.declineReason])).toEqual([
      [w.fresh.id, "DECLINED", "The programme is full this spring."],
      [w.old.id, "DECLINED", "The programme is full this spring."],
      [w.foreign.id, "SUBMITTED", null],
    ]);
    expect(await prisma.notification.count({ where: { kind: "request-declined" } })).toBe(2);
    expect(await prisma.requestEvent.count({ where: { action: "decline" } })).toBe(2);
  });

  it("needs a reason and a selection", async () => {
    const w = await world();
    const noReason = await post(action, "/inbox", multipart({ intent: "bulk-decline", ids: [w.fresh.id] }), {
      cookie: w.me.cookie,
    });
    expect(status(noReason)).toBe(400);
    const none = await post(action, "/inbox", multipart({ intent: "bulk-decline", reason: "x" }), {
      cookie: w.me.cookie,
    });
    expect(status(none)).toBe(400);
    expect(status(await post(action, "/inbox", multipart({ intent: "bogus" }), { cookie: w.me.cookie }))).toBe(400);
    expect(await prisma.request.count({ where: { status: "DECLINED" } })).toBe(1);
  });
});

describe("CSV export", () => {
  it("exports the same filtered list, only the coordinator's centres, with formula injection neutralised", async () => {
    const w = await world();
    await prisma.user.update({ where: { id: w.bruno.id }, data: { name: '=HYPERLINK("http://evil")' } });
    const res = (await get(exportLoader, "/inbox/export.csv?state=all&sort=oldest", {
      cookie: w.me.cookie,
    })) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="ponte-inbox-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
    const text = new TextDecoder().decode(bytes);
    const records = parse(text);
    expect(records[0]).toEqual([
      "Request ID",
      "Received (UTC)",
      "State",
      "Applicant",
      "E-mail",
      "Opportunity",
      "Centre",
      "Cohort",
      "First day",
      "Last day",
      "Assigned to",
      "Decision due (UTC)",
      "Response time used",
      "Decided (UTC)",
    ]);
    expect(records.slice(1).map((r) => r[0])).toEqual([w.done.id, w.waiting.id, w.old.id, w.theirs.id, w.fresh.id]);
    const brunoRow = records.find((r) => r[0] === w.old.id)!;
    expect(brunoRow[3]).toBe('\'=HYPERLINK("http://evil")');
    expect(brunoRow[2]).toBe("In review");
    expect(text).not.toContain(w.foreign.id);
    const filtered = (await get(exportLoader, "/inbox/export.csv?waiting=me", { cookie: w.me.cookie })) as Response;
    expect(
      parse(await filtered.text())
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([w.old.id, w.fresh.id]);
    const outsider = (await get(exportLoader, "/inbox/export.csv?state=all", {
      cookie: w.outsider.cookie,
    })) as Response;
    expect(
      parse(await outsider.text())
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([w.foreign.id]);
  });

  it("is refused to applicants", async () => {
    const applicant = await createApplicant();
    expect(status(await get(exportLoader, "/inbox/export.csv", { cookie: applicant.cookie }))).toBe(403);
  });
});
