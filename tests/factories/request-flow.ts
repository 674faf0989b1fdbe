/**
 * Helpers for the request and inbox route tests: applicants with a complete profile,
 * coordinators of a seeded centre, the seeded CNAO observership, PDF bytes, multipart
 * request forms, and a temporary UPLOAD_DIR per test file (so "nothing left on disk" can
 * be checked).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { ORIGIN } from "../utils/http";
import { createUser, sessionCookie, type TestUser } from "./accounts";
import type { RequestStatus } from "~/generated/prisma/client";
import { onDay } from "./example-dates";
import { adoptSeeded, createRequest } from "./requests";

/** A small valid PDF (starts with `%PDF-`). */
export const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

export type SignedIn = TestUser & { cookie: string };

/** An applicant with a verified address, a complete profile and a session cookie. */
export async function createApplicant({
  name = "Amina Okafor",
  profile = true,
  verified = true,
}: { name?: string; profile?: boolean; verified?: boolean } = {}): Promise<SignedIn> {
  const user = await createUser({ name, roles: ["APPLICANT"], verified });
  if (profile) {
    await prisma.profile.create({
      data: {
        userId: user.id,
        profession: "PHYSICIAN",
        careerStage: "EARLY_CAREER",
        country: "NG",
        researchStatement: "Radiotherapy planning.",
      },
    });
  }
  return { ...user, cookie: await sessionCookie(user.id) };
}

/** A coordinator of the seeded centre `slug`, signed in. */
export async function createCoordinator(slug = "cnao", name = "Chiara Conti"): Promise<SignedIn> {
  const user = await createUser({ name, roles: ["COORDINATOR"], centreSlugs: [slug] });
  return { ...user, cookie: await sessionCookie(user.id) };
}

/**
 * The seeded CNAO carbon-ion observership (2 seats, 10–30 days, windows in 2027, 2
 * questions), adopted as CNAO's real programme so it can be requested (an example cannot).
 */
export async function cnaoObservership() {
  await adoptSeeded("cnao-carbon-ion-observership");
  return prisma.opportunity.findUniqueOrThrow({
    where: { seedKey: "cnao-carbon-ion-observership" },
    select: {
      id: true,
      centreId: true,
      seats: true,
      questions: { select: { id: true }, orderBy: { position: "asc" } },
    },
  });
}

/**
 * The start of most request-page tests: CNAO's observership (`cnaoObservership`), an applicant
 * (`createApplicant`), CNAO's coordinator Chiara Conti and the applicant's request, created
 * directly (`createRequest`), in `status` (default SUBMITTED) for `start`–`end` (inclusive
 * `YYYY-MM-DD`; default 1–12 February 2027 as written, for files that run
 * `withWrittenExampleDatesFromToday`). @returns them, with the request's id as `id`.
 */
export async function cnaoRequest({
  status = "SUBMITTED",
  start = onDay("2027-02-01"),
  end = onDay("2027-02-12"),
}: { status?: RequestStatus; start?: string; end?: string } = {}) {
  const o = await cnaoObservership();
  const applicant = await createApplicant();
  const coordinator = await createCoordinator("cnao");
  const r = await createRequest({ applicantId: applicant.id, opportunityId: o.id, start, end, status });
  return { o, applicant, coordinator, id: r.id };
}

/**
 * Puts back, after each test of the file, the eligibility fields and languages of the seeded
 * opportunity `seedKey` as they were when the file started. The catalogue outlives each test
 * (tests/setup/db.ts resets only the practical facts of adopted examples), so a test that
 * closes CNAO's deadline or takes its seats away would otherwise change the next files run
 * in the same worker (seen in CI: a later file's request to CNAO refused, the roll-forward
 * job moving its cohorts).
 */
export function keepSeededOpportunity(seedKey: string): void {
  let saved:
    | {
        id: string;
        data: {
          professions: string[];
          careerStages: string[];
          deadline: Date | null;
          seats: number;
          requiredDocuments: string[];
          recommendationLetters: number | null;
        };
        languages: { code: string; minLevel: string }[];
      }
    | undefined;
  beforeAll(async () => {
    const o = await prisma.opportunity.findUniqueOrThrow({
      where: { seedKey },
      select: {
        id: true,
        professions: true,
        careerStages: true,
        deadline: true,
        seats: true,
        requiredDocuments: true,
        recommendationLetters: true,
        languages: { select: { code: true, minLevel: true } },
      },
    });
    const { id, languages, ...data } = o;
    saved = { id, data, languages };
  });
  afterEach(async () => {
    if (!saved) return;
    const { id, data, languages } = saved;
    await prisma.$transaction([
      prisma.opportunity.update({ where: { id }, data: data as Prisma.OpportunityUpdateInput, select: { id: true } }),
      prisma.opportunityLanguage.deleteMany({ where: { opportunityId: id } }),
      prisma.opportunityLanguage.createMany({
        data: languages.map((l) => ({ ...l, opportunityId: id })) as Prisma.OpportunityLanguageCreateManyInput[],
      }),
    ]);
  });
}

/** A multipart form: text fields, and files as `{name, bytes}`. */
export function multipart(
  fields: Record<string, string | string[]>,
  files: Record<string, { name: string; bytes: Uint8Array; type?: string }> = {},
): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) form.append(k, x);
  for (const [k, f] of Object.entries(files)) {
    form.append(k, new File([f.bytes as Uint8Array<ArrayBuffer>], f.name, { type: f.type ?? "application/pdf" }));
  }
  return form;
}

/** POSTs `form` (multipart) to `action` at `path`, returning what the action returned or threw as a Response-like value. */
export async function post<A extends (args: ActionFunctionArgs) => unknown>(
  action: A,
  path: string,
  form: FormData,
  { cookie, params = {} }: { cookie?: string; params?: Record<string, string> } = {},
): Promise<unknown> {
  const request = new Request(new URL(path, ORIGIN), {
    method: "POST",
    body: form,
    headers: { Origin: ORIGIN, ...(cookie ? { Cookie: cookie } : {}) },
  });
  try {
    return await action({ request, params, context: {} });
  } catch (thrown) {
    return thrown;
  }
}

/** GETs `path` through `loader`, returning what it returned or threw. */
export async function get<L extends (args: LoaderFunctionArgs) => unknown>(
  loader: L,
  path: string,
  { cookie, params = {} }: { cookie?: string; params?: Record<string, string> } = {},
): Promise<unknown> {
  const request = new Request(new URL(path, ORIGIN), { headers: cookie ? { Cookie: cookie } : {} });
  try {
    return await loader({ request, params, context: {} });
  } catch (thrown) {
    return thrown;
  }
}

/** The status of a Response, a data() value, or a redirect. */
export function status(value: unknown): number {
  if (value instanceof Response) return value.status;
  if (value && typeof value === "object" && "init" in value)
    return (value as { init?: { status?: number } | null }).init?.status ?? 200;
  if (value && typeof value === "object" && "data" in value) return 200;
  throw new Error(`not an HTTP answer: ${String(value)}`);
}

/** The data of a data() value (or a plain loader object). */
export function body<T = Record<string, unknown>>(value: unknown): T {
  if (value && typeof value === "object" && "data" in value && "init" in value) return (value as { data: T }).data;
  return value as T;
}

/** The Location of a redirect Response. */
export function location(value: unknown): string | null {
  return value instanceof Response ? value.headers.get("Location") : null;
}

/** The errors of an action's Conform reply, by field ("" = form). */
export function errorsOf(value: unknown): Record<string, string[] | null> {
  const d = body<{ result?: { error?: Record<string, string[] | null> } }>(value);
  return d?.result?.error ?? {};
}

/** Points UPLOAD_DIR at a temporary directory for this test file, emptied before each test; returns a file counter. */
export function withTempUploads(): { dir: () => string; count: () => number } {
  let dir = "";
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.UPLOAD_DIR;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ponte-uploads-"));
    process.env.UPLOAD_DIR = dir;
  });
  beforeEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.UPLOAD_DIR;
    else process.env.UPLOAD_DIR = previous;
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const count = () => {
    if (!fs.existsSync(dir)) return 0;
    let n = 0;
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) n += 1;
    return n;
  };
  return { dir: () => dir, count };
}

/**
 * Puts into `applicant`'s wallet, through the real /profile/documents action, one PDF for each
 * wallet type the opportunity requires (app/requests/wallet.ts `requiredWalletTypes`), reusing
 * any the wallet already holds; returns their ids in list order, ready for the request form's
 * `documents` field (issue 16: required documents are enforced when a request is sent).
 * Needs `withTempUploads()` in the calling file.
 */
export async function walletFor(applicant: SignedIn, opportunityId: string, filename = "cv.pdf"): Promise<string[]> {
  const { action: walletAction } = await import("~/routes/profile_.documents");
  const { requiredWalletTypes } = await import("~/requests/wallet");
  const o = await prisma.opportunity.findUniqueOrThrow({
    where: { id: opportunityId },
    select: { requiredDocuments: true },
  });
  const ids: string[] = [];
  for (const type of requiredWalletTypes(o.requiredDocuments)) {
    const held = await prisma.walletDocument.findFirst({
      where: { ownerId: applicant.id, type },
      select: { id: true },
    });
    if (!held) {
      const fields = { intent: "add", type, ...(type === "OTHER" ? { name: "Other" } : {}) };
      await post(walletAction, "/profile/documents", multipart(fields, { file: { name: filename, bytes: PDF } }), {
        cookie: applicant.cookie,
      });
    }
    const row = await prisma.walletDocument.findFirstOrThrow({
      where: { ownerId: applicant.id, type },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}
