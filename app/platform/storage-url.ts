/**
 * STORAGE_URL, the S3-compatible object store for uploads (issue 12, item 6):
 *
 *   s3://bucket[/prefix]?region=eu-south-1&endpoint=https://s3.example.org&forcePathStyle=1
 *   s3://ACCESS_KEY:SECRET@bucket?…   (credentials in the URL, percent-encoded)
 *
 * - `region`: unset → AWS_REGION, else AWS_DEFAULT_REGION, else `us-east-1` (what MinIO and
 *   most S3-compatible servers expect);
 * - `endpoint`: unset → AWS S3 itself; an `http(s)://` URL for any other server;
 * - `forcePathStyle`: `1`/`true` for `endpoint/bucket/key` addressing (MinIO, s3rver);
 * - credentials: in the URL, or else the SDK's standard chain (AWS_ACCESS_KEY_ID and
 *   AWS_SECRET_ACCESS_KEY, a profile, an instance role…).
 * Bucket names follow AWS's rules (3–63 lowercase letters, digits, dots and hyphens).
 * Pure: no I/O, so env.server.ts validates it at start-up.
 */

export interface S3StorageConfig {
  bucket: string;
  /** Key prefix without leading or trailing slash, "" for none. */
  prefix: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PARAMS = new Set(["region", "endpoint", "forcePathStyle"]);

/**
 * Parses STORAGE_URL. `env` supplies the default region.
 * @throws Error with a one-line reason (unknown scheme, bad bucket, unknown parameter…).
 */
export function parseStorageUrl(value: string, env: Record<string, string | undefined> = {}): S3StorageConfig {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error("must be a URL such as s3://bucket?region=…&endpoint=…");
  }
  if (url.protocol !== "s3:") throw new Error(`must start with s3:// (got ${url.protocol}//)`);
  const bucket = url.hostname;
  if (!BUCKET.test(bucket) || bucket.includes("..")) {
    throw new Error(`"${bucket}" is not a valid bucket name (3–63 lowercase letters, digits, dots, hyphens)`);
  }
  for (const key of url.searchParams.keys()) {
    if (!PARAMS.has(key)) throw new Error(`unknown parameter "${key}" (known: region, endpoint, forcePathStyle)`);
  }
  const endpoint = url.searchParams.get("endpoint") ?? undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^/\s]+/.test(endpoint)) {
    throw new Error("endpoint must be an http:// or https:// URL");
  }
  const style = url.searchParams.get("forcePathStyle") ?? "0";
  if (!["0", "1", "true", "false"].includes(style)) throw new Error('forcePathStyle must be "1" or "0"');
  let credentials: S3StorageConfig["credentials"];
  if (url.username || url.password) {
    if (!url.username || !url.password)
      throw new Error("credentials in the URL need both an access key and a secret (s3://KEY:SECRET@bucket)");
    credentials = { accessKeyId: decodeURIComponent(url.username), secretAccessKey: decodeURIComponent(url.password) };
  }
  const region = url.searchParams.get("region") || env.AWS_REGION || env.AWS_DEFAULT_REGION || "us-east-1";
  if (!/^[a-z0-9-]{1,40}$/.test(region)) throw new Error(`"${region}" is not a region name`);
  return {
    bucket,
    prefix: decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, ""),
    region,
    endpoint,
    forcePathStyle: style === "1" || style === "true",
    credentials,
  };
}

/** STORAGE_URL for logs and messages: the secret replaced by `***`. */
export function describeStorageUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(unparseable STORAGE_URL)";
  }
}
