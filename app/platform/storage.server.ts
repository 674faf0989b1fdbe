/**
 * Where uploaded files live: one small interface with two stores, chosen by configuration:
 * - the local directory UPLOAD_DIR (default ./data/uploads), the embedded default, for one
 *   machine;
 * - an S3-compatible object store when STORAGE_URL is set (storage-url.ts), shared by app
 *   servers on several machines.
 * Files are stored under generated keys, outside the web root, never under a name a user
 * chose. Callers write the bytes before their transaction and delete them if it fails;
 * `sweepOrphanedFiles` (storage-sweep.server.ts) removes what a crash left behind.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type * as S3Sdk from "@aws-sdk/client-s3";
import { getEnv } from "./env.server";
import { singleton } from "./singleton.server";
import { parseStorageUrl, type S3StorageConfig } from "./storage-url";

/** One stored object: its key and when it was last written. */
export interface StoredObject {
  key: string;
  lastModified: Date;
}

export interface FileStorage {
  /** Stores `bytes` and returns the generated key. */
  put(bytes: Uint8Array): Promise<string>;
  /** The stored bytes. @throws Error("not found") for an unknown key. */
  get(key: string): Promise<Uint8Array>;
  /** Removes the file; unknown keys are ignored. */
  delete(key: string): Promise<void>;
  /** Every stored file's key (only keys this module generates; anything else is skipped). */
  list(): AsyncIterable<StoredObject>;
}

const KEY_PATTERN = /^[a-f0-9]{2}\/[a-f0-9]{62}$/;

/** A new random key: 256 bits as hex, sharded by its first two digits. */
function newKey(): string {
  const hex = crypto.randomBytes(32).toString("hex");
  return `${hex.slice(0, 2)}/${hex.slice(2)}`;
}

function checkKey(key: string): string {
  if (!KEY_PATTERN.test(key)) throw new Error("invalid storage key");
  return key;
}

/** Files in a local directory, sharded by the key's first two hex digits. */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    return path.join(this.root, checkKey(key));
  }

  async put(bytes: Uint8Array): Promise<string> {
    const key = newKey();
    const file = this.pathOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write to a temporary name first so a crash never leaves a half-written file under the key.
    const tmp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(tmp, bytes, { flag: "wx" });
    await fs.rename(tmp, file);
    return key;
  }

  async get(key: string): Promise<Uint8Array> {
    try {
      return new Uint8Array(await fs.readFile(this.pathOf(key)));
    } catch {
      throw new Error("not found");
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  /** Walks the shard folders; half-written temporary files are not listed. */
  async *list(): AsyncIterable<StoredObject> {
    const shards = await fs.readdir(this.root).catch(() => [] as string[]);
    for (const shard of shards.sort()) {
      if (!/^[a-f0-9]{2}$/.test(shard)) continue;
      const names = await fs.readdir(path.join(this.root, shard)).catch(() => [] as string[]);
      for (const name of names.sort()) {
        const key = `${shard}/${name}`;
        if (!KEY_PATTERN.test(key)) continue;
        const stat = await fs.stat(path.join(this.root, key)).catch(() => null);
        if (stat?.isFile()) yield { key, lastModified: stat.mtime };
      }
    }
  }
}

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, s3rver…) under
 * `prefix/<key>`, through `@aws-sdk/client-s3` (loaded on first use). Checksums are sent
 * only where the operation requires them, as many S3-compatible servers refuse the SDK's
 * newer default ones.
 */
export class S3FileStorage implements FileStorage {
  private client: Promise<{ client: S3Sdk.S3Client; sdk: typeof S3Sdk }> | undefined;

  constructor(readonly config: S3StorageConfig) {}

  private connect() {
    this.client ??= import("@aws-sdk/client-s3").then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: this.config.region,
        endpoint: this.config.endpoint,
        forcePathStyle: this.config.forcePathStyle,
        credentials: this.config.credentials,
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
        maxAttempts: 3,
      }),
    }));
    return this.client;
  }

  private objectKey(key: string): string {
    checkKey(key);
    return this.config.prefix ? `${this.config.prefix}/${key}` : key;
  }

  async put(bytes: Uint8Array): Promise<string> {
    const key = newKey();
    const { client, sdk } = await this.connect();
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: this.config.bucket,
        Key: this.objectKey(key),
        Body: bytes,
        ContentLength: bytes.byteLength,
        ContentType: "application/octet-stream",
      }),
    );
    return key;
  }

  /** @throws Error("not found") when the object is missing; the SDK's error on any other failure. */
  async get(key: string): Promise<Uint8Array> {
    const objectKey = this.objectKey(key);
    const { client, sdk } = await this.connect();
    try {
      const out = await client.send(new sdk.GetObjectCommand({ Bucket: this.config.bucket, Key: objectKey }));
      if (!out.Body) throw new Error("not found");
      return await out.Body.transformToByteArray();
    } catch (error) {
      const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
      if (e.name === "NoSuchKey" || e.$metadata?.httpStatusCode === 404) throw new Error("not found");
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const objectKey = this.objectKey(key);
    const { client, sdk } = await this.connect();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.config.bucket, Key: objectKey }));
  }

  /** ListObjectsV2, page after page, under the prefix; objects whose key is not ours are skipped. */
  async *list(): AsyncIterable<StoredObject> {
    const { client, sdk } = await this.connect();
    const prefix = this.config.prefix ? `${this.config.prefix}/` : "";
    let token: string | undefined;
    do {
      const page = await client.send(
        new sdk.ListObjectsV2Command({
          Bucket: this.config.bucket,
          Prefix: prefix || undefined,
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(prefix.length);
        if (key && object.Key?.startsWith(prefix) && KEY_PATTERN.test(key)) {
          yield { key, lastModified: object.LastModified ?? new Date(0) };
        }
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}

/**
 * The configured store: S3 when STORAGE_URL is set (one client per process), else the
 * local directory UPLOAD_DIR.
 * @throws EnvError (from getEnv) when STORAGE_URL is invalid.
 */
export function getStorage(): FileStorage {
  const env = getEnv();
  if (env.STORAGE_URL) {
    const url = env.STORAGE_URL;
    return singleton(`storage:${url}`, () => new S3FileStorage(parseStorageUrl(url, process.env)));
  }
  return new LocalFileStorage(path.resolve(env.UPLOAD_DIR));
}
