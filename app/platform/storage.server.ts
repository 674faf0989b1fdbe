/**
 * Where uploaded files live: one small interface, so an S3-compatible store can replace
 * the local directory without touching callers. Files are stored under generated keys,
 * outside the web root (UPLOAD_DIR, default ./data/uploads), never under a name a user
 * chose.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { getEnv } from "./env.server";

export interface FileStorage {
  /** Stores `bytes` and returns the generated key. */
  put(bytes: Uint8Array): Promise<string>;
  /** The stored bytes. @throws Error("not found") for an unknown key. */
  get(key: string): Promise<Uint8Array>;
  /** Removes the file; unknown keys are ignored. */
  delete(key: string): Promise<void>;
}

const KEY_PATTERN = /^[a-f0-9]{2}\/[a-f0-9]{62}$/;

/** Files in a local directory, sharded by the key's first two hex digits. */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error("invalid storage key");
    return path.join(this.root, key);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const hex = crypto.randomBytes(32).toString("hex");
    const key = `${hex.slice(0, 2)}/${hex.slice(2)}`;
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
}

/** The configured store (the local directory UPLOAD_DIR). */
export function getStorage(): FileStorage {
  return new LocalFileStorage(path.resolve(getEnv().UPLOAD_DIR));
}
