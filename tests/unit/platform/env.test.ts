/**
 * Configuration (app/platform/env.server.ts): how many web processes server.ts runs, and that
 * the memo of the last parse never hides a changed variable.
 */
import os from "node:os";
import { describe, expect, it } from "vitest";
import { EnvError, getEnv } from "~/platform/env.server";
import { describeStorageUrl, parseStorageUrl } from "~/platform/storage-url";

const PG = "postgresql://postgres@127.0.0.1:5432/ponte";
/** A variables object (NODE_ENV "test" unless given). */
const vars = (v: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: "test", ...v });

describe("web processes (WEB_CONCURRENCY)", () => {
  it("defaults to one per CPU in production on PostgreSQL, and to one elsewhere", () => {
    const cpus = Math.min(64, os.availableParallelism());
    expect(getEnv({ NODE_ENV: "production", RESEND_API_KEY: "re_x", DATABASE_URL: PG }).webProcesses).toBe(cpus);
    expect(getEnv({ NODE_ENV: "development", RESEND_API_KEY: "re_x", DATABASE_URL: PG }).webProcesses).toBe(1);
    expect(getEnv({ NODE_ENV: "production", RESEND_API_KEY: "re_x" }).webProcesses).toBe(1);
  });

  it("takes a whole number from 1 to 64", () => {
    expect(getEnv(vars({ DATABASE_URL: PG, WEB_CONCURRENCY: "3" })).webProcesses).toBe(3);
    expect(getEnv(vars({ WEB_CONCURRENCY: "1" })).webProcesses).toBe(1);
    expect(
      getEnv({ NODE_ENV: "production", RESEND_API_KEY: "re_x", DATABASE_URL: PG, WEB_CONCURRENCY: " " }).webProcesses,
    ).toBe(Math.min(64, os.availableParallelism()));
    for (const [value, message] of [
      ["two", "WEB_CONCURRENCY: must be a whole number"],
      ["1.5", "WEB_CONCURRENCY: must be a whole number"],
      ["0", "WEB_CONCURRENCY: must be at least 1"],
      ["65", "WEB_CONCURRENCY: must be at most 64"],
    ]) {
      expect(() => getEnv(vars({ DATABASE_URL: PG, WEB_CONCURRENCY: value! }))).toThrow(
        new EnvError(`Invalid configuration: ${message}`),
      );
    }
  });

  it("refuses more than one on the embedded database", () => {
    expect(() => getEnv(vars({ WEB_CONCURRENCY: "2" }))).toThrow(/WEB_CONCURRENCY above 1 needs PostgreSQL/);
  });
});

describe("getEnv's memo", () => {
  it("sees a variable changed in the same object between calls", () => {
    const source = vars({ PORT: "3001" });
    const first = getEnv(source);
    expect(getEnv(source)).toBe(first);
    source.PORT = "3002";
    expect(getEnv(source).PORT).toBe(3002);
    source.WEB_CONCURRENCY = "2";
    expect(() => getEnv(source)).toThrow(EnvError);
    delete source.WEB_CONCURRENCY;
    expect(getEnv(source).PORT).toBe(3002);
  });

  it("does not reuse a result across objects with the same values", () => {
    const a = getEnv(vars({ PORT: "3003" }));
    const b = getEnv(vars({ PORT: "3003" }));
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
  });
});

describe("demo mode and mail (decision 0017)", () => {
  it("refuses to start without RESEND_API_KEY outside demo mode, in one line, whatever NODE_ENV", () => {
    for (const NODE_ENV of ["production", "development"] as const) {
      expect(() => getEnv({ NODE_ENV, DATABASE_URL: PG })).toThrow(
        /^Invalid configuration: RESEND_API_KEY must be set outside demo mode .*PONTE_DEMO=1\.$/,
      );
      expect(() => getEnv({ NODE_ENV, PONTE_DEMO: "0" })).toThrow(/RESEND_API_KEY must be set/);
    }
  });

  it("keeps mail in the demo mailbox in demo mode, and listens on loopback there by default", () => {
    const demo = getEnv({ NODE_ENV: "production" });
    expect(demo).toMatchObject({ demo: true, listenHost: "127.0.0.1" });
    expect(getEnv({ NODE_ENV: "production", DATABASE_URL: PG, PONTE_DEMO: "1" })).toMatchObject({
      demo: true,
      listenHost: "127.0.0.1",
    });
    expect(getEnv({ NODE_ENV: "production", DATABASE_URL: PG, RESEND_API_KEY: "re_x" })).toMatchObject({
      demo: false,
      listenHost: undefined,
    });
    expect(getEnv({ NODE_ENV: "production", HOST: "0.0.0.0" }).listenHost).toBe("0.0.0.0");
    expect(() => getEnv({ NODE_ENV: "production", HOST: "a host; rm -rf" })).toThrow(
      /HOST: must be an IP address or a host name/,
    );
  });
});

describe("object storage (STORAGE_URL)", () => {
  it("is optional: unset, uploads stay in UPLOAD_DIR", () => {
    expect(getEnv(vars({})).STORAGE_URL).toBeUndefined();
  });

  it("accepts an s3:// URL with endpoint, region, path style and credentials", () => {
    const url =
      "s3://AKIA:s%2Fecret@ponte-uploads/cv?endpoint=https%3A%2F%2Fminio.example%3A9000&region=eu-south-1&forcePathStyle=1";
    expect(getEnv(vars({ STORAGE_URL: url })).STORAGE_URL).toBe(url);
    expect(parseStorageUrl(url)).toEqual({
      bucket: "ponte-uploads",
      prefix: "cv",
      region: "eu-south-1",
      endpoint: "https://minio.example:9000",
      forcePathStyle: true,
      credentials: { accessKeyId: "AKIA", secretAccessKey: "s/ecret" },
    });
    // Region from the standard AWS variables, credentials from the SDK's chain.
    expect(parseStorageUrl("s3://ponte-uploads", { AWS_REGION: "eu-west-1" })).toMatchObject({
      region: "eu-west-1",
      prefix: "",
      credentials: undefined,
      forcePathStyle: false,
    });
  });

  it("refuses a wrong URL at start-up with one line naming the problem", () => {
    for (const [value, message] of [
      ["https://ponte-uploads", "must start with s3://"],
      ["s3://Ponte_Uploads", "is not a valid bucket name"],
      ["s3://ponte-uploads?endpiont=http://x", 'unknown parameter "endpiont"'],
      ["s3://ponte-uploads?endpoint=minio:9000", "endpoint must be an http:// or https:// URL"],
      ["s3://ponte-uploads?forcePathStyle=yes", "forcePathStyle must be"],
      ["s3://AKIA@ponte-uploads", "need both an access key and a secret"],
    ]) {
      expect(() => getEnv(vars({ STORAGE_URL: value! }))).toThrow(
        new RegExp(`^Invalid configuration: STORAGE_URL: .*${message!.replace(/[?.*()]/g, "\\$&")}`),
      );
    }
  });

  it("hides the secret when described", () => {
    expect(describeStorageUrl("s3://AKIA:topsecret@ponte-uploads?region=eu-south-1")).not.toContain("topsecret");
  });
});

describe("example opportunities (PONTE_EXAMPLES, decision 0026)", () => {
  it("are shown by default on the embedded database and hidden on PostgreSQL", () => {
    expect(getEnv(vars({})).showExamples).toBe(true);
    expect(getEnv(vars({ DATABASE_URL: PG })).showExamples).toBe(false);
  });

  it("follow PONTE_EXAMPLES when it is set, and refuse other values", () => {
    expect(getEnv(vars({ DATABASE_URL: PG, PONTE_EXAMPLES: "show" })).showExamples).toBe(true);
    expect(getEnv(vars({ PONTE_EXAMPLES: "hide" })).showExamples).toBe(false);
    expect(() => getEnv(vars({ PONTE_EXAMPLES: "yes" }))).toThrow(
      new EnvError('Invalid configuration: PONTE_EXAMPLES: must be "show" or "hide"'),
    );
  });
});
