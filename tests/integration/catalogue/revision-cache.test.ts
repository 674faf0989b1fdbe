/**
 * The per-revision cache of catalogue reads (app/catalogue/revision-cache.server.ts): one
 * load per key and revision, a catalogue write starts afresh, a failure is not kept, and
 * the kept answers stay within their bounds (issue 15: listings keep every match's id, so
 * the cache is bounded by the ids it holds, least recently used first out).
 */
import { describe, expect, it } from "vitest";
import { byCatalogueRevision, catalogueRevision } from "~/catalogue/revision-cache.server";
import { prisma } from "~/platform/db.server";

function counted<T>(value: T) {
  const load = async () => {
    load.calls++;
    return value;
  };
  load.calls = 0;
  return load;
}

describe("byCatalogueRevision", () => {
  it("loads a key once per revision, and again after a catalogue write", async () => {
    const load = counted(["a", "b"]);
    const key = `once:${Math.random()}`;
    expect(await byCatalogueRevision(key, load)).toEqual(["a", "b"]);
    expect(await byCatalogueRevision(key, load)).toEqual(["a", "b"]);
    expect(load.calls).toBe(1);

    const before = await catalogueRevision();
    const opportunity = await prisma.opportunity.findFirstOrThrow({ select: { id: true, titleEn: true } });
    await prisma.opportunity.update({ where: { id: opportunity.id }, data: { titleEn: opportunity.titleEn } });
    expect(await catalogueRevision()).not.toBe(before);
    await byCatalogueRevision(key, load);
    expect(load.calls).toBe(2);
  });

  it("does not keep a failure", async () => {
    const key = `fails:${Math.random()}`;
    let calls = 0;
    const load = async () => {
      calls++;
      if (calls === 1) throw new Error("database away");
      return 7;
    };
    await expect(byCatalogueRevision(key, load)).rejects.toThrow("database away");
    expect(await byCatalogueRevision(key, load)).toBe(7);
    expect(calls).toBe(2);
  });

  it("keeps at most 300,000 ids in all, dropping the least recently used list first", async () => {
    const tag = Math.random();
    const big = () => counted(Array.from({ length: 120_000 }, (_, i) => i));
    const [a, b, c] = [big(), big(), big()];
    await byCatalogueRevision(`a:${tag}`, a);
    await byCatalogueRevision(`b:${tag}`, b);
    await byCatalogueRevision(`a:${tag}`, a); // a is now the most recently used
    await byCatalogueRevision(`c:${tag}`, c); // 360,000 ids: b goes
    await byCatalogueRevision(`a:${tag}`, a);
    await byCatalogueRevision(`c:${tag}`, c);
    expect([a.calls, c.calls]).toEqual([1, 1]);
    await byCatalogueRevision(`b:${tag}`, b);
    expect(b.calls).toBe(2);
  });

  it("keeps a list longer than the bound while it is the only one", async () => {
    const huge = counted(Array.from({ length: 400_000 }, (_, i) => i));
    const key = `huge:${Math.random()}`;
    await byCatalogueRevision(key, huge);
    await byCatalogueRevision(key, huge);
    expect(huge.calls).toBe(1);
  });
});
