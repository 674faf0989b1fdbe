/**
 * Who may read the demo mailbox (/dev/emails and /dev/emails/:id/html; decision 0017): in
 * demo mode, a request whose socket peer is this machine, or a signed-in administrator.
 * A forged X-Forwarded-For from another machine, another signed-in person, or any request
 * outside demo mode gets a 404. The socket address is injected as server/app.ts's
 * `loadContextFor` takes it from the TCP connection (checked below).
 */
import { afterEach, describe, expect, it } from "vitest";
import { enqueueEmail } from "~/notifications/outbox.server";
import { isLoopbackAddress } from "~/platform/network";
import { prisma } from "~/platform/db.server";
import { loader as emailHtmlLoader } from "~/routes/dev.emails.$id.html";
import { loader as devEmailsLoader } from "~/routes/dev.emails._index";
import { loadContextFor } from "../../../server/app";
import { createUser, sessionCookie } from "../../factories/accounts";
import { callLoader, thrownResponse } from "../../utils/http";

const REMOTE = "203.0.113.9";

async function heldResetMail() {
  const user = await createUser({ email: "coordinator.cnao@example.org" });
  await prisma.$transaction((tx) =>
    enqueueEmail(tx, {
      kind: "reset-password",
      userId: user.id,
      to: user.email,
      locale: "en",
      payload: { name: user.name, url: "http://localhost:3000/reset-password?token=secretsecretsecretsecretsecret12" },
      idempotencyKey: `reset:${user.id}`,
    }),
  );
  const row = await prisma.notification.findFirstOrThrow({ where: { userId: user.id } });
  return row.id;
}

/** Both mailbox pages for `id`, as the given socket peer with the given headers: their statuses. */
async function statuses(id: string, socketAddress: string | undefined, headers: Record<string, string> = {}) {
  const context = { socketAddress };
  const call = async (fn: () => Promise<unknown>) => {
    try {
      const value = await fn();
      return value instanceof Response ? value.status : 200;
    } catch {
      return (await thrownResponse(fn)).status;
    }
  };
  return [
    await call(() => callLoader(devEmailsLoader, "/dev/emails", { headers, context })),
    await call(() => callLoader(emailHtmlLoader, `/dev/emails/${id}/html`, { params: { id }, headers, context })),
  ];
}

afterEach(() => {
  delete process.env.PONTE_DEMO;
});

describe("the demo mailbox", () => {
  it("answers a request from this machine in demo mode (the embedded default)", async () => {
    process.env.PONTE_DEMO = "1";
    const id = await heldResetMail();
    expect(await statuses(id, "127.0.0.1")).toEqual([200, 200]);
    expect(await statuses(id, "::1")).toEqual([200, 200]);
    expect(await statuses(id, "::ffff:127.0.0.1")).toEqual([200, 200]);
  });

  it("refuses another machine, whatever X-Forwarded-For or X-Real-IP claim", async () => {
    process.env.PONTE_DEMO = "1";
    const id = await heldResetMail();
    expect(await statuses(id, REMOTE)).toEqual([404, 404]);
    expect(await statuses(id, REMOTE, { "X-Forwarded-For": "127.0.0.1", "X-Real-IP": "127.0.0.1" })).toEqual([404, 404]);
    expect(await statuses(id, undefined, { "X-Forwarded-For": "127.0.0.1" })).toEqual([404, 404]);
  });

  it("lets a signed-in administrator read it from anywhere, and nobody else", async () => {
    process.env.PONTE_DEMO = "1";
    const id = await heldResetMail();
    const admin = await createUser({ roles: ["ADMIN"] });
    const applicant = await createUser();
    expect(await statuses(id, REMOTE, { Cookie: await sessionCookie(admin.id) })).toEqual([200, 200]);
    expect(await statuses(id, REMOTE, { Cookie: await sessionCookie(applicant.id) })).toEqual([404, 404]);
  });

  it("is a 404 for everyone outside demo mode, this machine included", async () => {
    process.env.PONTE_DEMO = "0";
    const id = await heldResetMail();
    const admin = await createUser({ roles: ["ADMIN"] });
    expect(await statuses(id, "127.0.0.1")).toEqual([404, 404]);
    expect(await statuses(id, REMOTE, { Cookie: await sessionCookie(admin.id) })).toEqual([404, 404]);
  });
});

describe("the load context", () => {
  it("takes the mailbox's address from the socket, never from a header, even behind a trusted proxy", () => {
    // As Express sets it with TRUST_PROXY=1 and "X-Forwarded-For: 127.0.0.1" from 203.0.113.9.
    const context = loadContextFor(
      { ip: "127.0.0.1", socket: { remoteAddress: REMOTE } as never },
      { locals: { cspNonce: "n", requestId: "r" } } as never,
    );
    expect(context).toMatchObject({ clientIp: "127.0.0.1", socketAddress: REMOTE });
  });

  it("knows loopback addresses", () => {
    for (const a of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1", "[::1]"]) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of [REMOTE, "10.0.0.1", "::ffff:10.0.0.1", "128.0.0.1", "127.0.0", "127.0.0.1.5", "fe80::1", "", undefined])
      expect(isLoopbackAddress(a)).toBe(false);
  });
});
