import { isIP } from "node:net";

/**
 * Whether an address only this machine can reach: `localhost`, 127.0.0.0/8, ::1 (also
 * bracketed or IPv4-mapped).
 *
 * @example
 * isLoopback("127.0.0.1") // true
 * isLoopback("0.0.0.0")   // false: every interface
 */
export function isLoopback(host: string): boolean {
  const h = host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");
  if (h === "localhost" || h.endsWith(".localhost") || h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  const v4 = h.replace(/^::ffff:/, "");
  return isIP(v4) === 4 && v4.startsWith("127.");
}

/**
 * Whether a request's `Host` header names this server. A page on another site can make
 * the browser reach 127.0.0.1 through a name it controls (DNS rebinding); such a name is
 * refused. Loopback names, IP addresses (which no rebinding can use) and the address
 * given to `--host` are accepted.
 *
 * @example
 * hostAllowed("127.0.0.1:8080", "127.0.0.1")      // true
 * hostAllowed("attacker.example:8080", "0.0.0.0") // false
 */
export function hostAllowed(header: string | undefined, listenHost: string): boolean {
  const host = (header ?? "").trim().replace(/:\d*$/, "").toLowerCase();
  if (!host) return false;
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  return isLoopback(host) || isIP(bare) !== 0 || host === listenHost.toLowerCase();
}
