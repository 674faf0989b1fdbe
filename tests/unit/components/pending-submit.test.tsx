/**
 * The pending state of the form kit (app/components/forms.tsx): a submit button is disabled
 * and relabelled from the moment its own form is sent until the page it leads to has loaded,
 * and only its own: another form, another intent, another row or a GET of the same URL leave
 * it alone. Rendered through Remix's router (react-router-dom, which @remix-run/react wraps).
 */
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { isPendingSubmission, SubmitButton, type SubmissionLike } from "~/components/forms";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("isPendingSubmission", () => {
  const post = (state: SubmissionLike["state"], fields: Record<string, string> = {}, formAction = "/inbox/r1") => ({
    state,
    formMethod: "POST",
    formAction,
    formData: form(fields),
  });

  it("is pending while submitting and while the redirect's page loads, not once idle", () => {
    expect(isPendingSubmission(post("submitting"), { formAction: "/inbox/r1" })).toBe(true);
    expect(isPendingSubmission(post("loading"), { formAction: "/inbox/r1" })).toBe(true);
    expect(isPendingSubmission({ state: "idle" }, { formAction: "/inbox/r1" })).toBe(false);
  });

  it("ignores query strings (index routes' ?index, kept filters) but not other paths", () => {
    expect(isPendingSubmission(post("submitting", {}, "/matches?show=20"), { formAction: "/matches?index" })).toBe(
      true,
    );
    expect(isPendingSubmission(post("submitting", {}, "/logout"), { formAction: "/matches" })).toBe(false);
  });

  it("tells intents and rows apart", () => {
    const approve = post("submitting", { intent: "approve" });
    expect(isPendingSubmission(approve, { formAction: "/inbox/r1", intent: "approve" })).toBe(true);
    expect(isPendingSubmission(approve, { formAction: "/inbox/r1", intent: "decline" })).toBe(false);
    expect(isPendingSubmission(approve, { formAction: "/inbox/r1", intent: ["save", "approve"] })).toBe(true);
    const row = post("submitting", { intent: "revoke", invitationId: "a" }, "/admin");
    expect(isPendingSubmission(row, { formAction: "/admin", intent: "revoke", fields: { invitationId: "a" } })).toBe(
      true,
    );
    expect(isPendingSubmission(row, { formAction: "/admin", intent: "revoke", fields: { invitationId: "b" } })).toBe(
      false,
    );
  });

  it("keeps GET (filters) and POST forms of one URL apart, and ignores plain link navigations", () => {
    const get = { state: "loading" as const, formMethod: "GET", formAction: "/centres", formData: form({}) };
    expect(isPendingSubmission(get, { formAction: "/centres" })).toBe(false);
    expect(isPendingSubmission(get, { formAction: "/centres", formMethod: "GET" })).toBe(true);
    expect(isPendingSubmission({ state: "loading" }, { formAction: "/centres", formMethod: "GET" })).toBe(false);
  });
});

describe("SubmitButton", () => {
  async function renderWhileSubmitting(fields: Record<string, string> | null) {
    const router = createMemoryRouter(
      [
        {
          path: "/inbox/:id",
          // The action never answers: the submission stays in flight while we render.
          action: () => new Promise<never>(() => {}),
          element: (
            <>
              <SubmitButton intent="approve" pendingLabel="Approving…">
                Approve
              </SubmitButton>
              <SubmitButton
                intent="decline"
                className="button button-danger"
                pendingLabel="Declining…"
                aria-label="Decline Ana's request"
              >
                Decline
              </SubmitButton>
            </>
          ),
        },
      ],
      { initialEntries: ["/inbox/r1"] },
    );
    if (fields) void router.navigate("/inbox/r1", { formMethod: "post", formData: form(fields) });
    await new Promise((r) => setTimeout(r, 0));
    // RouterProvider subscribes in a layout effect, which React's server renderer warns
    // about; that one warning is expected here, anything else still fails the test.
    const report = console.error;
    console.error = (...args: unknown[]) => {
      if (!String(args[0]).startsWith("Warning: useLayoutEffect does nothing on the server")) report(...args);
    };
    try {
      return renderToStaticMarkup(<RouterProvider router={router} />);
    } finally {
      console.error = report;
      router.dispose();
    }
  }

  it("is an ordinary submit button while nothing is sent", async () => {
    const html = await renderWhileSubmitting(null);
    expect(html).toContain('<button type="submit" class="button" name="intent" value="approve">Approve</button>');
    expect(html).toContain('aria-label="Decline Ana&#x27;s request"');
    expect(html).not.toContain("disabled");
  });

  it("disables and relabels only the button whose intent was sent", async () => {
    const html = await renderWhileSubmitting({ intent: "approve" });
    expect(html).toContain(
      '<button type="submit" class="button" name="intent" value="approve" disabled="" aria-disabled="true">Approving…</button>',
    );
    expect(html).toMatch(/<button[^>]*value="decline"(?![^>]*disabled)[^>]*>Decline<\/button>/);
  });

  it("lets the pending label, not the aria-label, name the button while pending", async () => {
    const html = await renderWhileSubmitting({ intent: "decline" });
    expect(html).toMatch(/<button[^>]*value="decline"[^>]*disabled=""[^>]*>Declining…<\/button>/);
    expect(html).not.toContain("aria-label");
  });
});
