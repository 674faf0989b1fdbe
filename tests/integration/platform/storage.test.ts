/**
 * ONE storage contract (app/platform/storage.server.ts), run against both stores: the local
 * folder (the embedded default) and an S3-compatible bucket served by a real S3 protocol
 * server in this process (s3rver, tests/stand-ins/s3.ts), configured through STORAGE_URL as
 * in production. Then the sweep of orphaned objects (storage-sweep.server.ts) on each.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/platform/db.server";
import { runDueJobs } from "~/platform/jobs.server";
import {
  ORPHAN_GRACE_MS,
  registerStorageSweepJob,
  scheduleStorageSweep,
  SWEEP_EVERY_MS,
  sweepOrphanedFiles,
} from "~/platform/storage-sweep.server";
import { getStorage, LocalFileStorage, S3FileStorage, type FileStorage } from "~/platform/storage.server";
import { startS3, type S3StandIn } from "../../stand-ins/s3";

const KEY = /^[a-f0-9]{2}\/[a-f0-9]{62}$/;
const HOUR = 3_600_000;

/**
 * Now by the clock the stores stamp objects with (the kernel's: a fresh file's mtime), in ms.
 * It equals Date.now() except under `npm run test:future`: libfaketime moves Date.now() but
 * not file times, which Node reads with a raw statx system call (the local folder and s3rver
 * both take write times from the file system). In production Ponte and its store share a
 * clock, or are minutes apart at most, well inside ORPHAN_GRACE_MS.
 */
function storeClockNow(): number {
  const probe = path.join(os.tmpdir(), `ponte-clock-${process.pid}-${crypto.randomUUID()}`);
  fs.writeFileSync(probe, "");
  const now = fs.statSync(probe).mtimeMs;
  fs.rmSync(probe);
  return now;
}

interface Store {
  storage: () => FileStorage;
  /** Writes something that is not one of Ponte's keys next to the stored files. */
  plantForeign: () => Promise<void>;
  foreignStillThere: () => Promise<boolean>;
}

let s3: S3StandIn;
const localRoot = fs.mkdtempSync(path.join(os.tmpdir(), "ponte-storage-"));
const saved = { STORAGE_URL: process.env.STORAGE_URL, UPLOAD_DIR: process.env.UPLOAD_DIR };

beforeAll(async () => {
  s3 = await startS3({ prefix: "uploads" });
});
afterAll(async () => {
  await s3.stop();
  fs.rmSync(localRoot, { recursive: true, force: true });
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const stores: [string, Store][] = [
  [
    "local folder (UPLOAD_DIR)",
    {
      storage: () => {
        delete process.env.STORAGE_URL;
        process.env.UPLOAD_DIR = localRoot;
        return getStorage();
      },
      plantForeign: async () => fs.writeFileSync(path.join(localRoot, "README.txt"), "not an upload"),
      foreignStillThere: async () => fs.existsSync(path.join(localRoot, "README.txt")),
    },
  ],
  [
    "S3 (s3rver, STORAGE_URL)",
    {
      storage: () => {
        process.env.STORAGE_URL = s3.url;
        return getStorage();
      },
      plantForeign: async () => {
        const client = new S3Client({
          endpoint: s3.endpoint,
          region: "us-east-1",
          forcePathStyle: true,
          credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
        });
        await client.send(
          new PutObjectCommand({ Bucket: s3.bucket, Key: "uploads/README.txt", Body: "not an upload" }),
        );
        await client.send(
          new PutObjectCommand({ Bucket: s3.bucket, Key: "elsewhere/ab/" + "c".repeat(62), Body: "x" }),
        );
      },
      foreignStillThere: async () => {
        const storage = new S3FileStorage({ ...(getStorage() as S3FileStorage).config, prefix: "elsewhere" });
        return (await storage.get(`ab/${"c".repeat(62)}`)).byteLength === 1;
      },
    },
  ],
];

describe.each(stores)("storage contract: %s", (_name, store) => {
  it("is the store the configuration names", () => {
    expect(store.storage()).toBeInstanceOf(_name.startsWith("S3") ? S3FileStorage : LocalFileStorage);
  });

  it("gives back exactly the bytes it was given (every byte value, empty, 5 MB)", async () => {
    const storage = store.storage();
    const every = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
    const big = crypto.randomBytes(5 * 1024 * 1024);
    for (const bytes of [every, new Uint8Array(0), new Uint8Array(big)]) {
      const key = await storage.put(bytes);
      expect(key).toMatch(KEY);
      const back = await storage.get(key);
      expect(back.byteLength).toBe(bytes.byteLength);
      expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it("generates a new key for every put, even for the same bytes", async () => {
    const storage = store.storage();
    const bytes = new TextEncoder().encode("%PDF-1.7 same");
    const [a, b] = [await storage.put(bytes), await storage.put(bytes)];
    expect(a).not.toBe(b);
  });

  it("answers Error('not found') for a missing key, and delete is idempotent", async () => {
    const storage = store.storage();
    const key = await storage.put(new Uint8Array([1, 2, 3]));
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toThrow("not found");
    await storage.delete(key);
    await expect(storage.get(`00/${"0".repeat(62)}`)).rejects.toThrow("not found");
  });

  it("refuses keys it did not generate (no path or prefix escape)", async () => {
    const storage = store.storage();
    for (const key of ["../etc/passwd", "ab/../../x", "AB/" + "0".repeat(62), "", "ab"]) {
      await expect(storage.get(key)).rejects.toThrow(/invalid storage key|not found/);
      await expect(storage.delete(key)).rejects.toThrow("invalid storage key");
    }
  });

  it("lists its objects with their write time, and only its own keys", async () => {
    const storage = store.storage();
    await store.plantForeign();
    const before = storeClockNow();
    const key = await storage.put(new Uint8Array([9]));
    const listed = [];
    for await (const object of storage.list()) listed.push(object);
    const mine = listed.find((o) => o.key === key);
    expect(mine).toBeDefined();
    // S3 keeps whole seconds.
    expect(Math.abs(mine!.lastModified.getTime() - before)).toBeLessThan(60_000);
    expect(listed.every((o) => KEY.test(o.key))).toBe(true);
  });

  it("sweep: removes only objects with no StoredFile row, written before the grace period", async () => {
    const storage = store.storage();
    await store.plantForeign();
    const kept = await storage.put(new TextEncoder().encode("%PDF-1.7 kept"));
    const orphan = await storage.put(new TextEncoder().encode("%PDF-1.7 orphan"));
    await prisma.storedFile.create({
      data: { storageKey: kept, filename: "cv.pdf", contentType: "application/pdf", size: 13, sha256: "0".repeat(64) },
    });
    // Within the grace period nothing goes, not even the orphan (its transaction may be running).
    const early = await sweepOrphanedFiles({ storage, now: new Date(storeClockNow() + ORPHAN_GRACE_MS - HOUR) });
    expect(early.removed).toBe(0);
    expect((await storage.get(orphan)).byteLength).toBeGreaterThan(0);

    const later = await sweepOrphanedFiles({ storage, now: new Date(storeClockNow() + ORPHAN_GRACE_MS + HOUR) });
    expect(later.removed).toBeGreaterThanOrEqual(1);
    await expect(storage.get(orphan)).rejects.toThrow("not found");
    expect(new TextDecoder().decode(await storage.get(kept))).toBe("%PDF-1.7 kept");
    expect(await store.foreignStillThere()).toBe(true);
  });

  it("sweep job: runs from the job queue and schedules its next run", async () => {
    const storage = store.storage();
    const orphan = await storage.put(new Uint8Array([7]));
    const now = new Date(Date.now() + ORPHAN_GRACE_MS + HOUR);
    registerStorageSweepJob(() => now);
    expect(await scheduleStorageSweep(now)).toBe(true);
    expect(await scheduleStorageSweep(now)).toBe(false);
    expect(await runDueJobs({ now })).toBe(1);
    await expect(storage.get(orphan)).rejects.toThrow("not found");
    const next = await prisma.job.findFirstOrThrow({ where: { name: "storage-sweep" } });
    expect(next.status).toBe("PENDING");
    expect(next.runAt.getTime()).toBe(now.getTime() + SWEEP_EVERY_MS);
  });
});
