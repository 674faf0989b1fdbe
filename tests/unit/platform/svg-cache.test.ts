/** The dashboards' drawing cache (app/platform/svg-cache.server.ts). */
import { describe, expect, it } from "vitest";
import { svgCache } from "~/platform/svg-cache.server";

describe("svgCache", () => {
  it("draws a key once, shares a drawing in progress, and draws again for other figures", async () => {
    const cache = svgCache(4);
    let draws = 0;
    const draw = (svg: string) => async () => {
      draws += 1;
      await new Promise((r) => setTimeout(r, 5));
      return svg;
    };
    const [a, b] = await Promise.all([
      cache(["months", [1, 2]], draw("<svg>A</svg>")),
      cache(["months", [1, 2]], draw("<svg>B</svg>")),
    ]);
    expect([a, b]).toEqual(["<svg>A</svg>", "<svg>A</svg>"]);
    expect(await cache(["months", [1, 2]], draw("<svg>C</svg>"))).toBe("<svg>A</svg>");
    expect(draws).toBe(1);
    expect(await cache(["months", [1, 3]], draw("<svg>D</svg>"))).toBe("<svg>D</svg>");
    expect(draws).toBe(2);
  });

  it("keeps a null drawing, does not keep a failed one, and forgets the least recently used", async () => {
    const cache = svgCache(2);
    let draws = 0;
    const counted = (svg: string | null) => async () => {
      draws += 1;
      return svg;
    };
    expect(await cache("empty", counted(null))).toBeNull();
    expect(await cache("empty", counted("<svg/>"))).toBeNull();
    await expect(cache("broken", () => Promise.reject(new Error("no jsdom")))).rejects.toThrow("no jsdom");
    expect(await cache("broken", counted("<svg>fixed</svg>"))).toBe("<svg>fixed</svg>");
    await cache("third", counted("<svg>3</svg>"));
    // Capacity 2: "empty" was used least recently and is drawn again.
    expect(await cache("empty", counted("<svg>again</svg>"))).toBe("<svg>again</svg>");
    expect(draws).toBe(4);
  });
});
