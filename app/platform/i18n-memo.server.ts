/**
 * Server-side memo of translations (issue 15). A server i18next instance has one language
 * and bundled resources that never change at run time, so `t(key, options)` is a pure
 * function of its arguments; yet i18next resolves the key, the plural form and the
 * interpolation on every call (a catalogue page makes a few hundred calls: about 6 % of
 * the server's CPU under load on /opportunities in a `node --cpu-prof` profile). `memoizeTranslations(instance)` makes the instance's
 * `getFixedT` (what react-i18next's `useTranslation` and the loaders' `t` use) remember
 * each string it returned for a key and options made only of strings, numbers and
 * booleans. Anything else (objects, arrays, `returnObjects`, more arguments) goes to
 * i18next as before. Bounded: a full memo is emptied.
 */
import type { i18n } from "i18next";

/** Strings remembered per instance before the memo is emptied (counts and names vary). */
const MAX_ENTRIES = 20_000;

type FixedT = ((key: unknown, options?: unknown, ...rest: unknown[]) => unknown) & Record<string, unknown>;

function memoKey(key: unknown, options: unknown): string | undefined {
  if (typeof key !== "string") return undefined;
  if (options === undefined) return key;
  if (typeof options === "string") return `${key}\u0000s${options}`;
  if (typeof options !== "object" || options === null || Array.isArray(options)) return undefined;
  let out = `${key}\u0000`;
  for (const [name, value] of Object.entries(options)) {
    if (name === "returnObjects" || name === "returnDetails") return undefined;
    const type = typeof value;
    if (type !== "string" && type !== "number" && type !== "boolean" && value !== undefined) return undefined;
    out += `${name}\u0001${type[0]}${String(value)}\u0002`;
  }
  return out;
}

/** Makes `instance.getFixedT` return functions that remember their strings (see module docs). */
export function memoizeTranslations(instance: i18n): i18n {
  const memos = new Map<string, Map<string, string>>();
  const fixedTs = new Map<string, FixedT>();
  const original = instance.getFixedT.bind(instance) as unknown as (...args: unknown[]) => FixedT;
  const getFixedT = (lng: unknown, ns: unknown, keyPrefix: unknown): FixedT => {
    const id = JSON.stringify([lng ?? null, ns ?? null, keyPrefix ?? null]);
    const kept = fixedTs.get(id);
    if (kept) return kept;
    const t = original(lng, ns, keyPrefix);
    let memo = memos.get(id);
    if (!memo) memos.set(id, (memo = new Map()));
    const memoized = ((key: unknown, options?: unknown, ...rest: unknown[]) => {
      const k = rest.length === 0 ? memoKey(key, options) : undefined;
      if (k === undefined) return t(key, options, ...rest);
      const hit = memo.get(k);
      if (hit !== undefined) return hit;
      const value = t(key, options);
      if (typeof value === "string") {
        if (memo.size >= MAX_ENTRIES) memo.clear();
        memo.set(k, value);
      }
      return value;
    }) as FixedT;
    // react-i18next and callers read these off the function.
    for (const name of ["lng", "lngs", "ns", "keyPrefix"]) memoized[name] = t[name];
    fixedTs.set(id, memoized);
    return memoized;
  };
  instance.getFixedT = getFixedT as unknown as i18n["getFixedT"];
  return instance;
}
