/** withUtcSession: every pooled connection asks for TimeZone=UTC, keeping the URL's own options. */
import { describe, expect, it } from "vitest";
import { withUtcSession } from "~/platform/db.server";

const options = (url: string) => new URL(url).searchParams.get("options");

describe("withUtcSession", () => {
  it("adds -c TimeZone=UTC to a URL without options", () => {
    const url = withUtcSession("postgresql://ponte:secret@db.example:5432/ponte?sslmode=require");
    expect(options(url)).toBe("-c TimeZone=UTC");
    expect(new URL(url).searchParams.get("sslmode")).toBe("require");
    expect(new URL(url).password).toBe("secret");
  });

  it("keeps options already there, UTC last so it wins", () => {
    expect(options(withUtcSession("postgresql://h/db?options=-c%20search_path%3Dponte"))).toBe(
      "-c search_path=ponte -c TimeZone=UTC",
    );
  });
});
