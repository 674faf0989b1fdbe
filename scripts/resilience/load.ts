/**
 * The simulated users of `npm run test:resilience`: each one a loop of what a person does
 * in a browser, one request at a time with a pause ("think time") between pages, over
 * Node's fetch (undici) with keep-alive connections, redirects not followed (a redirect is
 * an answer to check). Every request is recorded (start, end, status or network error,
 * whether it was what that step expects) so that a phase can be judged afterwards by time.
 *
 * - anonymous visitors: home, listings with and without filters, centre and opportunity
 *   pages;
 * - applicants (signed in through the real /login form): listings, their matches and
 *   requests (the page and its `.data`), and now and then a request through the real
 *   multipart form (its one-time submitKey read from the page, a PDF CV, dates that never
 *   overlap their earlier ones), then the request's page;
 * - coordinators (signed in the same way): the inbox, and for each open request that is
 *   theirs to decide (two coordinators per centre split the requests by id, so they never
 *   race each other) the request's page and an approval or a decline with a reason.
 *
 * A request whose connection fails before any answer (the kept-alive socket was closed by a
 * web process that died) is sent once more on a new connection, as browsers do for a
 * connection that closes before the response starts (RFC 9112 §9.3.1; Chromium's
 * "ShouldResendRequest" for reused sockets); both tries are counted (`resent`), and a
 * second failure is recorded as the failure. Ponte's forms are safe to resend: the
 * request form carries a one-time submitKey and the inbox forms the status they expect.
 *
 * Forms carry the Origin header a browser sends (Ponte's cross-site request check) and
 * each user has a client address of its own in X-Forwarded-For (Ponte runs with
 * TRUST_PROXY=1 here), as real users behind a load balancer would.
 */
import { addDays } from "../../app/platform/calendar";
import type { Fixtures } from "./fixtures";

export interface Sample {
  kind: string;
  start: number;
  end: number;
  /** HTTP status, or 0 for a network error. */
  status: number;
  ok: boolean;
  error?: string;
}

export type Role = "anonymous" | "applicant" | "coordinator";

/** A small valid PDF for the CV field. */
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

export class UnexpectedAnswer extends Error {}

/** undici's code (or message) for a failed fetch. */
function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? String(error);
}

/**
 * Whether a fetch failed because its connection was closed or reset before any part of an
 * answer arrived (not a timeout, not a refused connection, not a bad answer).
 */
function closedBeforeAnswer(error: unknown): boolean {
  if ((error as { name?: string }).name === "TimeoutError") return false;
  return (
    ["UND_ERR_SOCKET", "ECONNRESET", "EPIPE", "UND_ERR_CLOSED"].includes(errorCode(error)) ||
    /other side closed/.test(errorCode(error))
  );
}

export class LoadRun {
  readonly samples: Sample[] = [];
  /** What coordinators found on their visits to the inbox (why no decision, when none). */
  readonly inboxVisits = { empty: 0, notTheirs: 0, decided: 0, offered: 0 };
  /** Requests sent a second time because their connection closed before any answer. */
  readonly resent: { kind: string; at: number; error: string }[] = [];
  /** Requests sent and not yet answered, by start time (performance.now()). */
  readonly inFlight = new Set<number>();
  private stopped = false;
  private readonly users: Promise<void>[] = [];

  constructor(
    readonly base: string,
    readonly origin: string,
    readonly fixtures: Fixtures,
    readonly today: string,
    readonly thinkMs: [number, number],
  ) {}

  /** One HTTP exchange, recorded; `expect` lists the statuses that step accepts. */
  async http(
    kind: string,
    path: string,
    init: RequestInit & { expect: number[]; cookie?: string; ip: string },
  ): Promise<{ status: number; body: string; headers: Headers; sample: Sample } | null> {
    const start = performance.now();
    this.inFlight.add(start);
    const headers = new Headers(init.headers);
    headers.set("x-forwarded-for", init.ip);
    if (init.cookie) headers.set("cookie", init.cookie);
    if (init.method && init.method !== "GET") headers.set("origin", this.origin);
    try {
      const send = () =>
        fetch(`${this.base}${path}`, {
          ...init,
          headers,
          redirect: "manual",
          // A person gives up after a minute; so does the check (a stuck request is a failure).
          signal: AbortSignal.timeout(60_000),
        });
      let res: Response;
      try {
        res = await send();
      } catch (error) {
        if (!closedBeforeAnswer(error)) throw error;
        this.resent.push({ kind, at: performance.now(), error: errorCode(error) });
        res = await send();
      }
      const body = await res.text();
      const ok = init.expect.includes(res.status);
      const sample: Sample = { kind, start, end: performance.now(), status: res.status, ok };
      this.samples.push(sample);
      return ok ? { status: res.status, body, headers: res.headers, sample } : null;
    } catch (error) {
      this.samples.push({ kind, start, end: performance.now(), status: 0, ok: false, error: errorCode(error) });
      return null;
    } finally {
      this.inFlight.delete(start);
    }
  }

  /** Pauses that `stop()` cuts short. */
  private readonly pauses = new Set<() => void>();

  private think() {
    if (this.stopped) return Promise.resolve();
    const [lo, hi] = this.thinkMs;
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.pauses.delete(done);
        resolve();
      };
      const timer = setTimeout(done, lo + Math.random() * (hi - lo));
      this.pauses.add(done);
    });
  }

  /** Signs `email` in through GET and POST /login; resolves with the session cookie, or null. */
  async login(email: string, password: string, ip: string): Promise<string | null> {
    if (!(await this.http("login page", "/login", { expect: [200], ip }))) return null;
    const res = await this.http("login", "/login", {
      method: "POST",
      expect: [302, 303],
      ip,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password, redirectTo: "" }).toString(),
    });
    const cookie = res?.headers.get("set-cookie")?.match(/((?:__Host-)?ponte_session=[^;]+)/)?.[1];
    return cookie ?? null;
  }

  /** Starts a user's loop; it runs until `stop()`. */
  start(role: Role, index: number, cookie: string | null, lang: "en" | "it") {
    const ip = `10.${role === "anonymous" ? 1 : role === "applicant" ? 2 : 3}.${Math.floor(index / 250)}.${(index % 250) + 1}`;
    const loop = async () => {
      // Spread the first requests over the first think time, as people arrive.
      await this.think();
      let requestCount = 0;
      while (!this.stopped) {
        if (role === "anonymous") await this.anonymousStep(ip, lang);
        else if (role === "applicant") requestCount = await this.applicantStep(ip, cookie!, lang, index, requestCount);
        else await this.coordinatorStep(ip, cookie!, lang, index);
        await this.think();
      }
    };
    this.users.push(loop());
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(Math.random() * xs.length)]!;
  }

  private get(kind: string, path: string, ip: string, lang: string, cookie?: string) {
    return this.http(kind, path, { expect: [200], ip, cookie, headers: { "accept-language": lang } });
  }

  private async anonymousStep(ip: string, lang: string) {
    const f = this.fixtures;
    const pages = [
      "/",
      "/opportunities",
      "/opportunities?type=OBSERVERSHIP",
      "/opportunities?q=radiotherapy",
      "/centres",
      `/centres/${this.pick(f.centreSlugs)}`,
      `/opportunities/${this.pick(f.publishedIds)}`,
      `/opportunities/${this.pick(f.opportunityIds)}`,
    ];
    const path = this.pick(pages);
    await this.get(`anonymous ${path.split(/[/?]/)[1] || "home"}`, path, ip, lang);
  }

  private async applicantStep(ip: string, cookie: string, lang: string, index: number, made: number): Promise<number> {
    const f = this.fixtures;
    const roll = Math.random();
    if (roll < 0.2) return made + ((await this.sendRequest(ip, cookie, lang, index, made)) ? 1 : 0);
    const pages = [
      "/opportunities",
      `/opportunities/${this.pick(f.opportunityIds)}`,
      `/opportunities/${this.pick(f.publishedIds)}`,
      "/matches",
      "/requests",
      "/requests.data",
    ];
    const path = this.pick(pages);
    await this.get(`applicant ${path.split(/[/?]/)[1]}`, path, ip, lang, cookie);
    return made;
  }

  /** The request form: the page (for its submitKey), the multipart POST, the request's page. */
  private async sendRequest(ip: string, cookie: string, lang: string, index: number, made: number): Promise<boolean> {
    const opportunity = this.fixtures.opportunityIds[(index + made) % this.fixtures.opportunityIds.length]!;
    const page = await this.get("applicant request form", `/requests/new?opportunity=${opportunity}`, ip, lang, cookie);
    const submitKey = page?.body.match(/name="submitKey" value="([^"]+)"/)?.[1];
    if (!page) return false;
    if (!submitKey) {
      page.sample.ok = false;
      page.sample.error = "the form has no submitKey";
      return false;
    }
    // Each of this applicant's requests takes its own 5 days, 8 days after the last one's start.
    const start = addDays(this.today, 21 + made * 8);
    const form = new FormData();
    form.set("startDate", start);
    form.set("endDate", addDays(start, 4));
    form.set("motivation", "I would like to observe how your team plans treatments, to bring it home.");
    form.set("submitKey", submitKey);
    // The first request uploads the CV into the applicant's wallet; later ones pick it from there.
    const walletCv = page.body.match(/<input\b[^>]*\bname="documents"[^>]*\bvalue="([^"]+)"/)?.[1];
    if (walletCv) form.set("documents", walletCv);
    else {
      form.set("uploadType", "CV");
      form.set("upload", new File([PDF], "cv.pdf", { type: "application/pdf" }));
    }
    const sent = await this.http("applicant request sent", `/requests/new?opportunity=${opportunity}`, {
      method: "POST",
      body: form,
      expect: [302, 303],
      ip,
      cookie,
      headers: { "accept-language": lang },
    });
    const location = sent?.headers.get("location");
    if (!sent) return false;
    if (!location || !/^\/requests\/[^/?]+\?done=submitted$/.test(location)) {
      sent.sample.ok = false;
      sent.sample.error = `redirected to ${location}`;
      return false;
    }
    await this.get("applicant request page", location, ip, lang, cookie);
    return true;
  }

  private async coordinatorStep(ip: string, cookie: string, lang: string, index: number) {
    const me = this.fixtures.coordinators[index]!;
    const inbox = await this.get("coordinator inbox", "/inbox", ip, lang, cookie);
    if (!inbox) return;
    const mine = [...new Set([...inbox.body.matchAll(/href="\/inbox\/([a-z0-9]{20,32})"/g)].map((m) => m[1]!))].filter(
      (id) => [...id].reduce((s, ch) => s + ch.charCodeAt(0), 0) % 2 === me.index,
    );
    if (!/href="\/inbox\/[a-z0-9]{20,32}"/.test(inbox.body)) this.inboxVisits.empty += 1;
    else if (!mine.length) this.inboxVisits.notTheirs += 1;
    if (!mine.length) return;
    const id = this.pick(mine);
    await this.think();
    if (this.stopped) return;
    const page = await this.get("coordinator request page", `/inbox/${id}`, ip, lang, cookie);
    if (!page) return;
    // Only requests still open offer the decision buttons; each form says which status the
    // page showed (a move on a request that changed meanwhile is refused).
    const offers = /<button[^>]*(name="intent"[^>]*value="approve"|value="approve"[^>]*name="intent")/.test(page.body);
    const expectedStatus = page.body.match(/name="expectedStatus" value="([A-Z_]+)"/)?.[1];
    if (!offers || !expectedStatus) {
      this.inboxVisits.decided += 1;
      return;
    }
    this.inboxVisits.offered += 1;
    await this.think();
    if (this.stopped) return;
    const decline = Math.random() < 0.3;
    await this.http(`coordinator ${decline ? "decline" : "approve"}`, `/inbox/${id}`, {
      method: "POST",
      expect: [302, 303],
      ip,
      cookie,
      headers: { "content-type": "application/x-www-form-urlencoded", "accept-language": lang },
      body: new URLSearchParams(
        decline
          ? { intent: "decline", expectedStatus, reason: "Our team is fully booked for these dates, sorry." }
          : { intent: "approve", expectedStatus },
      ).toString(),
    });
  }

  /** Stops every loop after its current step. */
  async stop() {
    this.stopped = true;
    for (const done of [...this.pauses]) done();
    await Promise.all(this.users);
  }
}

/** The `q`-quantile (0–1) of sorted numbers (nearest rank). */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
