/**
 * Issue 17's bulk menu on /inbox through real Request objects: bulk approve moves each
 * request in its own transaction and refuses, with its reason, one that would overbook a
 * day (the others applied; the refused one untouched, not even opened); bulk assign to a
 * colleague, refused for someone who is not the centre's coordinator; requests of another
 * centre are reported "not-found" and never touched; the list names each refused request
 * with the reason, in English and Italian; a missing action or field is a 400 field error.
 */
import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/inbox._index/route";
import { prisma } from "~/platform/db.server";
import { createOpportunity, createRequest } from "../../factories/requests";
import {
  body,
  createApplicant,
  createCoordinator,
  errorsOf,
  get,
  location,
  multipart,
  post,
  status,
} from "../../factories/request-flow";
import { onDay, withWrittenExampleDatesFromToday } from "../../factories/example-dates";

withWrittenExampleDatesFromToday();

type Report = {
  report: {
    action: string;
    applied: number;
    refused: { id: string; code: string; name: string | null; title: string | null }[];
  } | null;
};

async function world() {
  const one = await createOpportunity({ centreSlug: "cnao", seats: 1 });
  const ieo = await createOpportunity({ centreSlug: "ieo", seats: 3 });
  const me = await createCoordinator("cnao", "Chiara Conti");
  const colleague = await createCoordinator("cnao", "Marco Bassi");
  const outsider = await createCoordinator("ieo", "Olga Outsider");
  const mk = async (
    name: string,
    opportunityId: string,
    start: string,
    end: string,
    status: "SUBMITTED" | "IN_REVIEW" | "DECLINED" = "SUBMITTED",
  ) =>
    createRequest({
      applicantId: (await createApplicant({ name })).id,
      opportunityId,
      start: onDay(start),
      end: onDay(end),
      status,
    });
  const amina = await mk("Amina Okafor", one.id, "2027-02-01", "2027-02-12");
  // Overlaps Amina's stay on 5–10 February: the only seat is hers once she is approved.
  const bruno = await mk("Bruno Díaz", one.id, "2027-02-05", "2027-02-20");
  const carla = await mk("Carla Rossi", one.id, "2027-03-01", "2027-03-05", "IN_REVIEW");
  const dario = await mk("Dario Neri", one.id, "2027-04-01", "2027-04-05", "DECLINED");
  const foreign = await mk("Farah Ali", ieo.id, "2027-02-01", "2027-02-05");
  return { one, me, colleague, outsider, amina, bruno, carla, dario, foreign };
}

const bulk = (cookie: string, fields: Record<string, string | string[]>) =>
  post(action, "/inbox", multipart(fields), { cookie });
const row = (id: string) => prisma.request.findUniqueOrThrow({ where: { id } });

describe("bulk approve", () => {
  it("approves where the seats allow; the one that would overbook a day is refused with its reason, untouched", async () => {
    const w = await world();
    const brunoBefore = await row(w.bruno.id);
    const res = await bulk(w.me.cookie, {
      intent: "bulk-approve",
      ids: [w.amina.id, w.bruno.id, w.carla.id, w.dario.id, w.foreign.id],
      back: "/inbox?state=all",
    });
    const to = location(res);
    expect(to).toBe(
      `/inbox?state=all&bulk=approve&applied=2&refused=${encodeURIComponent(
        `${w.bruno.id}:seats-full,${w.dario.id}:wrong-state,${w.foreign.id}:not-found`,
      )}`,
    );
    expect((await row(w.amina.id)).status).toBe("APPROVED");
    expect((await row(w.carla.id)).status).toBe("APPROVED");
    // Nothing half-applied: the refused new request was not even opened.
    const brunoAfter = await row(w.bruno.id);
    expect([brunoAfter.status, brunoAfter.version]).toEqual(["SUBMITTED", brunoBefore.version]);
    expect(await prisma.requestEvent.count({ where: { requestId: w.bruno.id } })).toBe(0);
    expect((await row(w.dario.id)).status).toBe("DECLINED");
    expect((await row(w.foreign.id)).status).toBe("SUBMITTED");
    expect(await prisma.requestEvent.count({ where: { requestId: w.foreign.id } })).toBe(0);

    // The list names each refused request and why; another centre's request stays unnamed.
    const page = body<Report>(await get(loader, to!, { cookie: w.me.cookie }));
    expect(page.report).toEqual({
      action: "approve",
      applied: 2,
      refused: [
        { id: w.bruno.id, code: "seats-full", name: "Bruno Díaz", title: "Test observership" },
        { id: w.dario.id, code: "wrong-state", name: "Dario Neri", title: "Test observership" },
        { id: w.foreign.id, code: "not-found", name: null, title: null },
      ],
    });
    const italian = body<Report>(
      await loader({
        request: new Request(new URL(to!, "http://localhost"), {
          headers: { Cookie: w.me.cookie, "Accept-Language": "it" },
        }),
        params: {},
        context: {},
      }),
    );
    expect(italian.report?.refused[0]?.title).toBe("Osservazione di prova");
  });
});

describe("bulk assign", () => {
  it("assigns to a colleague of the centre; another centre's request is refused; a stranger to the centre cannot be assigned", async () => {
    const w = await world();
    const res = await bulk(w.me.cookie, {
      intent: "bulk-assign",
      assigneeId: w.colleague.id,
      ids: [w.amina.id, w.carla.id, w.foreign.id],
    });
    expect(location(res)).toBe(
      `/inbox?bulk=assign&applied=2&refused=${encodeURIComponent(`${w.foreign.id}:not-found`)}`,
    );
    for (const id of [w.amina.id, w.carla.id]) expect((await row(id)).assigneeId).toBe(w.colleague.id);
    expect((await row(w.foreign.id)).assigneeId).toBeNull();
    expect(await prisma.notification.count({ where: { kind: "request-assigned", userId: w.colleague.id } })).toBe(2);

    const stranger = await bulk(w.me.cookie, { intent: "bulk-assign", assigneeId: w.outsider.id, ids: [w.bruno.id] });
    expect(location(stranger)).toBe(
      `/inbox?bulk=assign&applied=0&refused=${encodeURIComponent(`${w.bruno.id}:assignee-not-coordinator`)}`,
    );
    expect((await row(w.bruno.id)).assigneeId).toBeNull();
  });

  it("a missing action, colleague or selection is a 400 field error and changes nothing", async () => {
    const w = await world();
    const noAction = await bulk(w.me.cookie, { intent: "", ids: [w.amina.id] });
    expect(status(noAction)).toBe(400);
    const noColleague = await bulk(w.me.cookie, { intent: "bulk-assign", ids: [w.amina.id] });
    expect(status(noColleague)).toBe(400);
    expect(errorsOf(noColleague).assigneeId).toEqual(["requests:validation.assigneeRequired"]);
    const noRows = await bulk(w.me.cookie, { intent: "bulk-approve" });
    expect(status(noRows)).toBe(400);
    expect(errorsOf(noRows).ids).toEqual(["inbox:bulk.noneSelected"]);
    expect(await prisma.requestEvent.count()).toBe(0);
  });
});
