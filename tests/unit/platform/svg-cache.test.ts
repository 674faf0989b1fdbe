/** The dashboards' drawing cache (app/platform/svg-cache.server.ts). */
import { describe, expect, it } from "vitest";
import { svgCache, toDrawing, type Drawing } from "~/platform/svg-cache.server";

const svgOf = (d: Drawing | null) => d?.svg ?? null;

describe("svgCache", () => {
  it("draws a key once, shares a drawing in progress, and draws again for other figures", async () => {
    const cache = svgCache(4);
    let draws = 0;
    const draw = (label: string) => async () => {
      draws += 1;
      await new Promise((r) => setTimeout(r, 5));
      return `<svg width="10" height="5">${label}</svg>`;
    };
    const [a, b] = await Promise.all([cache(["months", [1, 2]], draw("A")), cache(["months", [1, 2]], draw("B"))]);
    expect([svgOf(a), svgOf(b)]).toEqual(['<svg width="10" height="5">A</svg>', '<svg width="10" height="5">A</svg>']);
    expect(svgOf(await cache(["months", [1, 2]], draw("C")))).toBe('<svg width="10" height="5">A</svg>');
    expect(draws).toBe(1);
    expect(svgOf(await cache(["months", [1, 3]], draw("D")))).toBe('<svg width="10" height="5">D</svg>');
    expect(draws).toBe(2);
  });

  it("keeps a null drawing, does not keep a failed one, and forgets the least recently used", async () => {
    const cache = svgCache(2);
    let draws = 0;
    const counted = (label: string | null) => async () => {
      draws += 1;
      return label === null ? null : `<svg width="1" height="1">${label}</svg>`;
    };
    expect(await cache("empty", counted(null))).toBeNull();
    expect(await cache("empty", counted("drawn"))).toBeNull();
    await expect(cache("broken", () => Promise.reject(new Error("no jsdom")))).rejects.toThrow("no jsdom");
    expect(svgOf(await cache("broken", counted("fixed")))).toBe('<svg width="1" height="1">fixed</svg>');
    await cache("third", counted("3"));
    // Capacity 2: "empty" was used least recently and is drawn again.
    expect(svgOf(await cache("empty", counted("again")))).toBe('<svg width="1" height="1">again</svg>');
    expect(draws).toBe(4);
  });

  it("gives each drawing its size and a version that changes with its bytes", () => {
    const a = toDrawing('<svg class="plot" width="720" height="338.5" viewBox="0 0 720 338.5"><g/></svg>');
    expect(a).toMatchObject({ width: 720, height: 338.5 });
    expect(a.version).toMatch(/^[\w-]{16}$/);
    expect(toDrawing('<svg class="plot" width="720" height="338.5" viewBox="0 0 720 338.5"><g/></svg>').version).toBe(
      a.version,
    );
    expect(toDrawing('<svg class="plot" width="720" height="338.5"><g><g/></g></svg>').version).not.toBe(a.version);
    // Only the root's attributes count, not a child's.
    expect(() => toDrawing('<svg><rect width="3" height="4"/></svg>')).toThrow(RangeError);
  });
});
