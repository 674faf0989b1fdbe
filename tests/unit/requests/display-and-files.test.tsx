/**
 * Pure pieces of the request pages: links in messages (only http, https and mailto, with
 * rel="noopener noreferrer nofollow"; never raw HTML), CSV cells guarded against formula
 * injection, RFC 6266 file names, and the .ics of a stay (all-day, DTEND exclusive).
 */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessageText, safeHref } from "~/requests/ui/request-display";
import { safeCell, toCsv } from "~/platform/csv.server";
import { attachmentDisposition } from "~/platform/downloads.server";
import { stayCalendar } from "~/notifications/ics.server";
import { createRequestSchema } from "~/requests/request-validation";

const html = (text: string) => renderToStaticMarkup(<MessageText text={text} />);

describe("links in messages", () => {
  it("links http, https and e-mail addresses safely", () => {
    const out = html("See https://example.org/a?b=1 or www.cnao.it, or write to info@cnao.it.");
    expect(out).toContain(
      '<a href="https://example.org/a?b=1" rel="noopener noreferrer nofollow" target="_blank">https://example.org/a?b=1</a>',
    );
    expect(out).toContain('href="https://www.cnao.it/"');
    expect(out).toContain('href="mailto:info@cnao.it"');
  });

  it("never links other schemes and never renders markup", () => {
    const out = html(
      'javascript:alert(1) <img src=x onerror=alert(1)> ftp://files.example.org/x "><script>alert(1)</script>',
    );
    expect(out).not.toMatch(/<a [^>]*href="(javascript|ftp)/);
    expect(out).not.toContain("<img");
    expect(out).not.toContain("<script");
    expect(out).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,x")).toBeNull();
    expect(safeHref("mailto:a@b.it")).toBe("mailto:a@b.it");
  });
});

describe("CSV cells", () => {
  it("prefixes cells a spreadsheet would run as formulas", () => {
    for (const v of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=x", "\r=x"]) expect(safeCell(v)).toBe(`'${v}`);
    expect(safeCell("Amina")).toBe("Amina");
    expect(safeCell(null)).toBe("");
    expect(toCsv(["a", "b"], [["=x", 'q"r,s']])).toBe('\ufeffa,b\r\n\'=x,"q""r,s"\r\n');
  });
});

describe("download names", () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 6266, RFC 8187)", () => {
    expect(attachmentDisposition("cv.pdf")).toBe(`attachment; filename="cv.pdf"; filename*=UTF-8''cv.pdf`);
    expect(attachmentDisposition('Città "è" bella.pdf')).toBe(
      `attachment; filename="Citta e bella.pdf"; filename*=UTF-8''Citt%C3%A0%20%22%C3%A8%22%20bella.pdf`,
    );
  });
});

describe("stayCalendar", () => {
  const stay = {
    id: "req1",
    version: 3,
    startDate: "2027-12-30",
    endDate: "2027-12-31",
    title: "Observership",
    centreName: "CNAO",
  };
  const lines = (text: string) => text.replace(/\r\n[ \t]/g, "").split("\r\n");

  it("ends every content line with CRLF, the last one included (RFC 5545 §3.1)", () => {
    for (const method of ["PUBLISH", "REQUEST", "CANCEL"] as const) {
      const text = stayCalendar(stay, { method });
      expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
      expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    }
  });

  it("is one all-day event whose DTEND is the day after the last day (RFC 5545 §3.6.1), across a year end", () => {
    const l = lines(stayCalendar(stay, { method: "PUBLISH" }));
    expect(l).toEqual(
      expect.arrayContaining([
        "METHOD:PUBLISH",
        "DTSTART;VALUE=DATE:20271230",
        "DTEND;VALUE=DATE:20280101",
        "UID:request-req1@localhost",
        "SEQUENCE:3",
        "STATUS:CONFIRMED",
      ]),
    );
    expect(l.filter((x) => x === "BEGIN:VEVENT")).toHaveLength(1);
    expect(l.some((x) => x.startsWith("ORGANIZER"))).toBe(false);
  });

  it("REQUEST and CANCEL carry an organizer; CANCEL marks the event cancelled", () => {
    const request = lines(
      stayCalendar({ ...stay, attendee: { name: "Amina", email: "amina@example.org" } }, { method: "REQUEST" }),
    );
    expect(request).toContain("METHOD:REQUEST");
    expect(request.find((x) => x.startsWith("ORGANIZER"))?.toLowerCase()).toContain("mailto:no-reply@ponte.example");
    expect(request.find((x) => x.startsWith("ATTENDEE"))?.toLowerCase()).toContain("mailto:amina@example.org");
    const cancel = lines(stayCalendar({ ...stay, version: 4 }, { method: "CANCEL" }));
    expect(cancel).toEqual(expect.arrayContaining(["METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:4"]));
  });
});

describe("the request form's schema", () => {
  const opportunity = {
    minDays: 2,
    maxDays: 5,
    windows: [{ start: "2027-01-10", end: "2027-01-20" }],
    cohorts: [],
    questionCount: 0,
  };
  const schema = createRequestSchema({ today: "2027-01-01", opportunity });
  const errors = (v: Record<string, string>) => {
    const r = schema.safeParse({ motivation: "m", ...v });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${i.message.split(".").pop()}`);
  };
  it("counts days inclusively and needs the stay inside one window", () => {
    expect(errors({ startDate: "2027-01-10", endDate: "2027-01-11" })).toEqual([]);
    expect(errors({ startDate: "2027-01-10", endDate: "2027-01-10" })).toEqual(["endDate:stayTooShort"]);
    expect(errors({ startDate: "2027-01-16", endDate: "2027-01-20" })).toEqual([]);
    expect(errors({ startDate: "2027-01-16", endDate: "2027-01-21" })).toEqual([
      "startDate:outsideWindows",
      "endDate:stayTooLong",
    ]);
  });
});
