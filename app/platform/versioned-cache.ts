/**
 * A per-process cache of answers that hold until a version moves (a catalogue revision, a
 * signature of the tables read): answers kept for one version, all dropped when the version
 * changes. Concurrent callers of one key share one promise; a failure is not kept. Bounded
 * by entries and by weight (an array answer weighs its length, anything else 1), least
 * recently used first out; the newest answer always stays.
 */
export class VersionedCache {
  private version = "";
  private values = new Map<string, { value: Promise<unknown>; weight: number }>();
  private weight = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight: number,
  ) {}

  /** `load()`'s answer for `key` at `version`: kept, or loaded now and kept. */
  get<T>(version: string, key: string, load: () => Promise<T>): Promise<T> {
    if (this.version !== version) {
      this.version = version;
      this.values = new Map();
      this.weight = 0;
    }
    const values = this.values;
    const hit = values.get(key);
    if (hit) {
      values.delete(key);
      values.set(key, hit);
      return hit.value as Promise<T>;
    }
    const entry = { value: load() as Promise<unknown>, weight: 1 };
    values.set(key, entry);
    this.weight += 1;
    this.evict();
    entry.value.then(
      (v) => {
        if (values !== this.values || values.get(key) !== entry || !Array.isArray(v)) return;
        this.weight += v.length - entry.weight;
        entry.weight = v.length;
        this.evict();
      },
      () => {
        if (values === this.values && values.get(key) === entry) this.forget(key);
      },
    );
    return entry.value as Promise<T>;
  }

  private forget(key: string) {
    this.weight -= this.values.get(key)?.weight ?? 0;
    this.values.delete(key);
  }

  private evict() {
    while (this.values.size > 1 && (this.values.size > this.maxEntries || this.weight > this.maxWeight)) {
      this.forget(this.values.keys().next().value!);
    }
  }
}
