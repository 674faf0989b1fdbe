/**
 * A real S3 protocol server in this process for tests: s3rver (S3 REST API over HTTP,
 * objects on disk in a temporary folder), with one bucket, on a free port of 127.0.0.1.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export interface S3StandIn {
  /** STORAGE_URL for Ponte (credentials and path-style addressing included). */
  url: string;
  endpoint: string;
  bucket: string;
  stop(): Promise<void>;
}

/** Starts s3rver with `bucket`; `prefix` is added to the STORAGE_URL's path. */
export async function startS3({ bucket = "ponte-test", prefix = "" } = {}): Promise<S3StandIn> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "ponte-s3-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    // s3rver accepts the access key S3RVER with the secret S3RVER.
    url: `s3://S3RVER:S3RVER@${bucket}${prefix ? `/${prefix}` : ""}?endpoint=${encodeURIComponent(endpoint)}&region=us-east-1&forcePathStyle=1`,
    endpoint,
    bucket,
    async stop() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
