/**
 * The server entry's error log (app/entry.server.tsx `handleError`): what a route throws on
 * purpose (a 4xx answer) is not an error to log; anything else is, with the request's id.
 */
import { describe, expect, it, vi } from "vitest";
import { handleError } from "~/entry.server";

const expectConsoleError = () => (globalThis as { __expectConsoleError?: () => void }).__expectConsoleError?.();

/** What Remix hands handleError when a route throws a Response (its ErrorResponse shape). */
const thrown = (status: number) => ({ status, statusText: "", internal: false, data: "Not found" });

describe("handleError", () => {
  const args = { request: new Request("http://localhost/inbox/r1/cv"), context: { requestId: "req-1" } };

  it("keeps quiet about the 4xx answers routes throw on purpose", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    handleError(thrown(404), args);
    handleError(thrown(403), args);
    expect(log).not.toHaveBeenCalled();
  });

  it("logs errors and 5xx answers with the request id", () => {
    expectConsoleError();
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    handleError(new Error("boom"), args);
    handleError(thrown(503), args);
    expect(log).toHaveBeenCalledTimes(2);
    expect(log.mock.calls[0]![0]).toBe("[req-1] GET /inbox/r1/cv:");
  });
});
