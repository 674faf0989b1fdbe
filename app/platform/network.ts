/**
 * Facts about network addresses that know no domain (pure).
 *
 * A loopback address is one of 127.0.0.0/8 (RFC 1122 §3.2.1.3), ::1 (RFC 4291 §2.5.3), or
 * an IPv4-mapped IPv6 form of the former (`::ffff:127.0.0.1`, RFC 4291 §2.5.5.2), as Node
 * reports a socket's peer on a dual-stack listener. Callers pass the socket's own address,
 * never a header such as X-Forwarded-For, which any client can write.
 */

/** True when `address` (a socket's remote or local address) is a loopback address. */
export function isLoopbackAddress(address: string | null | undefined): boolean {
  if (!address) return false;
  const a = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  if (a === "::1" || a === "0:0:0:0:0:0:0:1") return true;
  const v4 = a.startsWith("::ffff:") ? a.slice(7) : a;
  const parts = v4.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return false;
  return parts[0] === "127";
}

/** True when `host` names the local machine only (a loopback address or "localhost"). */
export function isLoopbackHost(host: string): boolean {
  return host.toLowerCase() === "localhost" || isLoopbackAddress(host);
}
