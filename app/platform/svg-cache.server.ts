/**
 * A per-process cache of drawn SVG, keyed by everything the drawing depends on (the chart's
 * numbers, labels and language), so a dashboard reloaded with the same figures is not drawn
 * again: Observable Plot on jsdom costs milliseconds per chart and tens for the world map
 * (decision 0041). Least recently used entries go first (lru-cache).
 *
 * Each drawing carries a version (a hash of its bytes) and its size, so a page can embed it
 * as `<img src="…&v=<version>" width height>` that the browser keeps until the figures change
 * (decision 0043).
 */
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";

/** A drawn SVG with its version (16 URL-safe characters of SHA-256) and size in CSS pixels. */
export interface Drawing {
  svg: string;
  version: string;
  width: number;
  height: number;
}

/** `draw`'s result for `key` (any JSON-serialisable value), drawn once while it stays cached. */
export type SvgCache = (key: unknown, draw: () => Promise<string | null>) => Promise<Drawing | null>;

/**
 * The drawing of `svg`: its version and the size of its root `width`/`height` attributes.
 * @throws RangeError when the root element has no numeric width and height.
 */
export function toDrawing(svg: string): Drawing {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const size = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? NaN);
  const width = size("width");
  const height = size("height");
  if (!Number.isFinite(width) || !Number.isFinite(height)) throw new RangeError("the SVG has no width and height");
  return { svg, version: createHash("sha256").update(svg).digest("base64url").slice(0, 16), width, height };
}

/**
 * A cache of at most `max` drawings. Two concurrent misses on one key share one drawing; a
 * drawing that throws is not cached (the error reaches both callers).
 */
export function svgCache(max: number): SvgCache {
  const cache = new LRUCache<string, Promise<{ drawing: Drawing | null }>>({ max });
  return (key, draw) => {
    const k = JSON.stringify(key);
    let entry = cache.get(k);
    if (!entry) {
      entry = draw().then((svg) => ({ drawing: svg === null ? null : toDrawing(svg) }));
      cache.set(k, entry);
      entry.catch(() => cache.delete(k));
    }
    return entry.then((e) => e.drawing);
  };
}
