/**
 * Real programmes beside labelled examples, and the practical facts of a visit (issue 13,
 * parts 1–2; decision 0026), through the routes: examples hidden where the installation
 * hides them, never requestable, adopted or deleted by the centre's coordinators; the facts'
 * rules (publish, fee and currency, "other" document) and what the pages show of them.
 */
import { afterEach, describe, expect, it } from "vitest";
import { action as editAction, loader as editLoader } from "~/routes/coordinator_.opportunities.$id._index";
import { action as newAction } from "~/routes/coordinator_.centres.$slug.opportunities.new";
import { loader as publicLoader } from "~/routes/opportunities.$id";
import { loader as listLoader } from "~/routes/opportunities._index";
import { loader as centreLoader } from "~/routes/centres.$slug";
import { loader as homeLoader } from "~/routes/_index";
import { action as requestAction, loader as requestLoader } from "~/routes/requests.new/route";
import { prisma } from "~/platform/db.server";
import { createRequest } from "../../factories/requests";
import {
  createApplicant,
  multipart,
  PDF,
  post,
  status,
  walletFor,
  withTempUploads,
} from "../../factories/request-flow";
import { onDay, withWrittenExampleDatesFromToday } from "../../factories/example-dates";
import { callAction, callLoader, statusOf, thrownResponse } from "../../utils/http";
import { asCoordinator, bodyOf, errorsOf, opportunityForm, PRACTICAL_FORM, removeTestCentres, toForm } from "./helpers";

withWrittenExampleDatesFromToday();
const uploads = withTempUploads();
afterEach(removeTestCentres);

const CNAO = "cnao-carbon-ion-observership";
const seeded = () => prisma.opportunity.findUniqueOrThrow({ where: { seedKey: CNAO }, select: { id: true } });

/** Runs `fn` with PONTE_EXAMPLES set to `value`, then restores the test default ("show"). */
async function withExamples<T>(value: "show" | "hide" | undefined, fn: () => Promise<T>): Promise<T> {
  const before = process.env.PONTE_EXAMPLES;
  if (value === undefined) delete process.env.PONTE_EXAMPLES;
  else process.env.PONTE_EXAMPLES = value;
  try {
    return await fn();
  } finally {
    process.env.PONTE_EXAMPLES = before;
  }
}

/** The request form, sending `documents` chosen from the wallet (all the opportunity requires when not given). */
function requestForm(documents: string[] = []) {
  return multipart({
    motivation: "I treat head-and-neck tumours and want to learn carbon-ion planning.",
    startDate: onDay("2027-02-01"),
    endDate: onDay("2027-02-12"),
    documents,
  });
}

function edit(cookie: string, id: string, form: Record<string, unknown>) {
  return callAction(editAction, `/coordinator/opportunities/${id}`, toForm(form), {
    params: { id },
    headers: { Cookie: cookie },
  });
}

async function currentForm(cookie: string, id: string) {
  const page = await callLoader(editLoader, `/coordinator/opportunities/${id}`, {
    params: { id },
    headers: { Cookie: cookie },
  });
  return page.data.defaultValue as Record<string, unknown>;
}

/** A new draft at CNAO from `form`; returns its id. */
async function draft(cookie: string, form: Record<string, unknown>): Promise<string> {
  const res = (await callAction(newAction, "/coordinator/centres/cnao/opportunities/new", toForm(form), {
    params: { slug: "cnao" },
    headers: { Cookie: cookie },
  })) as Response;
  expect(res.status, JSON.stringify(bodyOf(res))).toBe(302);
  return /opportunities\/([a-z0-9]+)\?/.exec(res.headers.get("Location")!)![1];
}

const NO_FACTS = Object.fromEntries(Object.keys(PRACTICAL_FORM).map((k) => [k, undefined]));

describe("where examples are hidden", () => {
  it("they appear nowhere public: listing, page (404), centre, home counts, request form (404)", async () => {
    const { id } = await seeded();
    await withExamples("hide", async () => {
      const list = await callLoader(listLoader, "/opportunities?centre=cnao");
      expect(list.items.some((o) => o.isExample)).toBe(false);
      expect(
        (await thrownResponse(() => callLoader(publicLoader, `/opportunities/${id}`, { params: { id } }))).status,
      ).toBe(404);
      const centre = await callLoader(centreLoader, "/centres/cnao", { params: { slug: "cnao" } });
      expect(centre.centre.opportunities.some((o) => o.isExample)).toBe(false);
      const home = await callLoader(homeLoader, "/");
      expect(home.counts.examples).toBe(0);
      const applicant = await createApplicant();
      expect(
        status(
          await post(requestAction, `/requests/new?opportunity=${id}`, requestForm(), { cookie: applicant.cookie }),
        ),
      ).toBe(404);
    });
  });

  it("the home page counts real programmes only, and says how many examples are shown", async () => {
    const real = await prisma.opportunity.count({ where: { status: "PUBLISHED", isExample: false } });
    const examples = await prisma.opportunity.count({ where: { status: "PUBLISHED", isExample: true } });
    expect(examples).toBeGreaterThan(0);
    const shown = await withExamples("show", () => callLoader(homeLoader, "/"));
    expect(shown.counts.opportunities).toBe(real);
    expect(shown.counts.examples).toBe(examples);
    // Default: shown on the embedded database (these tests' default), hidden on PostgreSQL.
    const byDefault = await withExamples(undefined, () => callLoader(homeLoader, "/"));
    expect(byDefault.counts.examples).toBe(process.env.DATABASE_URL ? 0 : examples);
  });
});

describe("an example", () => {
  it("is labelled and cannot be requested: the page says so, the action refuses (403) and writes nothing", async () => {
    const { id } = await seeded();
    const applicant = await createApplicant();
    const page = await callLoader(publicLoader, `/opportunities/${id}`, {
      params: { id },
      headers: { Cookie: applicant.cookie },
    });
    expect(page.opportunity.isExample).toBe(true);
    const form = await callLoader(requestLoader, `/requests/new?opportunity=${id}`, {
      headers: { Cookie: applicant.cookie },
    });
    expect(bodyOf<{ blocked: string }>(form).blocked).toBe("example");
    // A CV uploaded with the form (into the wallet): refused before anything is stored.
    const withUpload = requestForm();
    withUpload.append("uploadType", "CV");
    withUpload.append("upload", new File([PDF], "cv.pdf", { type: "application/pdf" }));
    const res = await post(requestAction, `/requests/new?opportunity=${id}`, withUpload, { cookie: applicant.cookie });
    expect(status(res)).toBe(403);
    expect(errorsOf(res)[""]).toEqual(["requests:new.blocked.example"]);
    expect(await prisma.request.count()).toBe(0);
    expect(await prisma.storedFile.count()).toBe(0);
    expect(uploads.count()).toBe(0);
  });

  it("adopted by a coordinator of its centre (facts confirmed) becomes real and requestable; audit-logged", async () => {
    const { id } = await seeded();
    const { cookie, user } = await asCoordinator("cnao");
    const other = await asCoordinator("niguarda");
    const base = await currentForm(cookie, id);
    // Facts missing: field errors, still an example.
    const missing = await edit(cookie, id, { ...base, intent: "adopt", adoptConfirm: "yes" });
    expect(statusOf(missing)).toBe(400);
    expect(Object.keys(errorsOf(missing))).toEqual(
      expect.arrayContaining(["feeKind", "visitorScope", "documents", "visaLetter", "contactName", "contactEmail"]),
    );
    // Not confirmed: refused.
    const unconfirmed = await edit(cookie, id, { ...base, ...PRACTICAL_FORM, intent: "adopt" });
    expect(errorsOf(unconfirmed).adoptConfirm).toEqual(["coordinator:example.adoptConfirmRequired"]);
    // Another centre's coordinator: 404.
    expect(
      (
        await thrownResponse(() =>
          edit(other.cookie, id, { ...base, ...PRACTICAL_FORM, intent: "adopt", adoptConfirm: "yes" }),
        )
      ).status,
    ).toBe(404);
    expect((await prisma.opportunity.findUniqueOrThrow({ where: { id } })).isExample).toBe(true);

    const done = (await edit(cookie, id, {
      ...base,
      ...PRACTICAL_FORM,
      intent: "adopt",
      adoptConfirm: "yes",
    })) as Response;
    expect(done.headers.get("Location")).toBe(`/coordinator/opportunities/${id}?notice=adopted`);
    const row = await prisma.opportunity.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ isExample: false, feeKind: "FREE", visaLetter: true, contactName: "Dr Chiara Conti" });
    expect(
      await prisma.auditEvent.count({ where: { action: "opportunity.adopt", subject: id, actorId: user.id } }),
    ).toBe(1);

    const applicant = await createApplicant();
    const res = await post(
      requestAction,
      `/requests/new?opportunity=${id}`,
      requestForm(await walletFor(applicant, id)),
      {
        cookie: applicant.cookie,
      },
    );
    expect(status(res)).toBe(302);
    expect(await prisma.request.count({ where: { opportunityId: id } })).toBe(1);
  });

  it("can be deleted by its centre's coordinator with a confirmation, not when it has requests; audit-logged", async () => {
    const { cookie, user } = await asCoordinator("cnao");
    const centre = await prisma.centre.findUniqueOrThrow({ where: { slug: "cnao" }, select: { id: true } });
    const make = () =>
      prisma.opportunity.create({
        data: {
          centreId: centre.id,
          type: "OBSERVERSHIP",
          status: "PUBLISHED",
          isExample: true,
          titleEn: "Example to delete",
          titleIt: "Esempio da eliminare",
          descriptionEn: "x",
          descriptionIt: "x",
          seats: 1,
          minDays: 1,
          maxDays: 10,
        },
        select: { id: true },
      });
    const a = await make();
    const post = (id: string, form: Record<string, string>) =>
      callAction(editAction, `/coordinator/opportunities/${id}`, form, { params: { id }, headers: { Cookie: cookie } });
    const unconfirmed = await post(a.id, { intent: "delete-example" });
    expect(statusOf(unconfirmed)).toBe(400);
    expect(await prisma.opportunity.count({ where: { id: a.id } })).toBe(1);
    const ok = (await post(a.id, { intent: "delete-example", confirm: "yes" })) as Response;
    expect(ok.headers.get("Location")).toBe("/coordinator/centres/cnao?notice=exampleDeleted");
    expect(await prisma.opportunity.count({ where: { id: a.id } })).toBe(0);
    expect(
      await prisma.auditEvent.count({ where: { action: "opportunity.delete", subject: a.id, actorId: user.id } }),
    ).toBe(1);

    const b = await make();
    const applicant = await createApplicant();
    await createRequest({ applicantId: applicant.id, opportunityId: b.id, start: "2027-03-01", end: "2027-03-05" });
    expect(statusOf(await post(b.id, { intent: "delete-example", confirm: "yes" }))).toBe(409);
    expect(await prisma.opportunity.count({ where: { id: b.id } })).toBe(1);
    // A real programme is not deleted this way.
    const { id: realId } = await prisma.opportunity.update({ where: { id: b.id }, data: { isExample: false } });
    await prisma.request.deleteMany({ where: { opportunityId: realId } });
    expect((await thrownResponse(() => post(realId, { intent: "delete-example", confirm: "yes" }))).status).toBe(404);
  });
});

describe("practical facts", () => {
  it("a real opportunity cannot be published with required facts empty; saving it published needs them too", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await draft(cookie, opportunityForm(NO_FACTS));
    const refused = await callAction(
      editAction,
      `/coordinator/opportunities/${id}`,
      { intent: "publish" },
      {
        params: { id },
        headers: { Cookie: cookie },
      },
    );
    expect(statusOf(refused)).toBe(400);
    expect(bodyOf<{ statusErrors: string[] }>(refused).statusErrors).toEqual(
      expect.arrayContaining([
        "coordinator:validation.practicalMissing.feeKind",
        "coordinator:validation.practicalMissing.contactEmail",
      ]),
    );
    expect((await prisma.opportunity.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    const base = await currentForm(cookie, id);
    expect(statusOf(await edit(cookie, id, { ...base, ...PRACTICAL_FORM }))).toBe(302);
    const published = await callAction(
      editAction,
      `/coordinator/opportunities/${id}`,
      { intent: "publish" },
      {
        params: { id },
        headers: { Cookie: cookie },
      },
    );
    expect(statusOf(published)).toBe(302);
    // Published: emptying a required fact is a field error.
    const again = await currentForm(cookie, id);
    const emptied = await edit(cookie, id, { ...again, contactEmail: undefined });
    expect(errorsOf(emptied).contactEmail).toEqual(["coordinator:validation.practicalRequired"]);
  });

  it("fees are non-negative amounts in an ISO 4217 currency, stored in minor units; 'other' needs a name", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await draft(cookie, opportunityForm());
    const base = await currentForm(cookie, id);
    const errors = async (over: Record<string, unknown>) => errorsOf(await edit(cookie, id, { ...base, ...over }));
    expect((await errors({ feeKind: "PAID", feeAmount: "-5", feeCurrency: "EUR" })).feeAmount).toEqual([
      "coordinator:validation.feeNegative",
    ]);
    expect((await errors({ feeKind: "PAID", feeAmount: "150", feeCurrency: "XYZ" })).feeCurrency).toEqual([
      "coordinator:validation.currencyInvalid",
    ]);
    expect((await errors({ feeKind: "PAID", feeAmount: "1.234", feeCurrency: "EUR" })).feeAmount).toEqual([
      "coordinator:validation.feeInvalid",
    ]);
    expect((await errors({ feeKind: "PAID", feeAmount: "100", feeCurrency: "" })).feeCurrency).toEqual([
      "coordinator:validation.currencyRequired",
    ]);
    expect((await errors({ documents: ["CV", "OTHER"] })).otherDocument).toEqual([
      "coordinator:validation.otherDocumentName",
    ]);
    expect((await prisma.opportunity.findUniqueOrThrow({ where: { id } })).feeKind).toBe("FREE");

    const ok = await edit(cookie, id, {
      ...base,
      feeKind: "PAID",
      feeAmount: "150.50",
      feeCurrency: "eur",
      documents: ["CV", "OTHER", "RECOMMENDATION_LETTERS"],
      otherDocument: "Police certificate",
      recommendationLetters: "2",
    });
    expect(statusOf(ok)).toBe(302);
    expect(await prisma.opportunity.findUniqueOrThrow({ where: { id } })).toMatchObject({
      feeAmountMinor: 15050,
      feeCurrency: "EUR",
      otherDocument: "Police certificate",
      recommendationLetters: 2,
    });
  });

  it("the page shows each fact or 'ask the centre' (null), the fee in the page's language, the contact only to signed-in applicants", async () => {
    const { cookie } = await asCoordinator("cnao");
    const id = await draft(cookie, opportunityForm({ feeKind: "PAID", feeAmount: "1200", feeCurrency: "EUR" }));
    await prisma.opportunity.update({ where: { id }, data: { status: "PUBLISHED" } });
    const anonymous = await callLoader(publicLoader, `/opportunities/${id}`, { params: { id } });
    expect(anonymous.practical).toMatchObject({
      fee: { kind: "PAID", amount: "€1,200.00", covers: null },
      visitorScope: "OBSERVATION_ONLY",
      visaLetter: true,
      housingTravel: null,
      workingHours: null,
      dressCode: null,
      contact: "hidden",
    });
    expect(JSON.stringify(anonymous)).not.toContain("international@centre.example");
    const italian = await callLoader(publicLoader, `/opportunities/${id}?lng=it`, {
      params: { id },
      headers: { Cookie: "lng=it", "Accept-Language": "it" },
    });
    expect(italian.practical.fee?.amount).toMatch(/^1\.200,00\s€$/);
    const applicant = await createApplicant();
    const signedIn = await callLoader(publicLoader, `/opportunities/${id}`, {
      params: { id },
      headers: { Cookie: applicant.cookie },
    });
    expect(signedIn.practical.contact).toEqual({
      name: "Dr Chiara Conti",
      role: "International office",
      email: "international@centre.example",
    });
    // The request form lists the documents.
    const form = await callLoader(requestLoader, `/requests/new?opportunity=${id}`, {
      headers: { Cookie: applicant.cookie },
    });
    expect(
      bodyOf<{ opportunity: { documents: { key: string }[] } }>(form).opportunity.documents.map((d) => d.key),
    ).toEqual(["CV", "HEALTH_INSURANCE"]);
  });
});
