/**
 * A per-process cache of drawn SVG, keyed by everything the drawing depends on (the chart's
 * numbers, labels and language), so a dashboard reloaded with the same figures is not drawn
 * again: Observable Plot on jsdom costs milliseconds per chart and tens for the world map
 * (decision 0041). Least recently used entries go first (lru-cache).
 */
import { LRUCache } from "lru-cache";

/** `draw`'s result for `key` (any JSON-serialisable value), drawn once while it stays cached. */
export type SvgCache = (key: unknown, draw: () => Promise<string | null>) => Promise<string | null>;

/**
 * A cache of at most `max` drawings. Two concurrent misses on one key share one drawing; a
 * drawing that throws is not cached (the error reaches both callers).
 */
export function svgCache(max: number): SvgCache {
  const cache = new LRUCache<string, Promise<{ svg: string | null }>>({ max });
  return (key, draw) => {
    const k = JSON.stringify(key);
    let entry = cache.get(k);
    if (!entry) {
      entry = draw().then((svg) => ({ svg }));
      cache.set(k, entry);
      entry.catch(() => cache.delete(k));
    }
    return entry.then((e) => e.svg);
  };
}
