import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";
import { AppError } from "../../../lib/errors.js";

const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // CGNAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7], // unique local (incl. fd00:ec2::254 metadata)
  ["fe80::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

/** The IPv4 address an IPv6 one carries (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96), if any. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = lower.match(/^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted?.[1]) return dotted[1];
  const hex = lower.match(/^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/);
  if (!hex?.[1] || !hex[2]) return null;
  const high = Number.parseInt(hex[1], 16);
  const low = Number.parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** Loopback, private, link-local, CGNAT, metadata, multicast, reserved: not a public address. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family !== 6) return true;
  const v4 = embeddedIpv4(address);
  if (v4) return blocked.check(v4, "ipv4");
  return blocked.check(address, "ipv6");
}

export interface TargetPolicy {
  allowPrivate: boolean;
  requireHttps: boolean;
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

/** At save time: a well-formed http(s) URL whose host is not obviously internal. */
export function assertAllowedWebhookUrl(raw: string, policy: TargetPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("VALIDATION_FAILED", "The webhook URL is not a valid URL");
  }
  if (url.protocol !== "https:" && (policy.requireHttps || url.protocol !== "http:"))
    throw new AppError(
      "VALIDATION_FAILED",
      policy.requireHttps ? "Webhook URLs must use https" : "Webhook URLs must use http or https",
    );
  if (url.username || url.password)
    throw new AppError("VALIDATION_FAILED", "Webhook URLs must not carry credentials");
  if (policy.allowPrivate) return url;
  const host = hostOf(url).toLowerCase();
  const internalName = host === "localhost" || host.endsWith(".localhost") || host.endsWith(".internal");
  if (internalName || (isIP(host) !== 0 && isPrivateAddress(host)))
    throw new AppError("VALIDATION_FAILED", "Webhook URLs must point to a public address");
  return url;
}

export class BlockedTargetError extends Error {
  constructor(host: string, address: string) {
    super(`Refused: ${host} resolves to ${address}, which is not a public address`);
    this.name = "BlockedTargetError";
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for node:http that resolves every address of the host and refuses the connection
 * when any is internal: the address checked is the address connected to (no DNS rebinding gap).
 */
export function guardedLookup(policy: TargetPolicy) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = policy.allowPrivate
        ? undefined
        : addresses.find((entry) => isPrivateAddress(entry.address));
      if (refused) return callback(new BlockedTargetError(hostname, refused.address), []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(Object.assign(new Error(`No address for ${hostname}`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}

/** At delivery, for hosts given as IP literals (node:http does not call lookup for those). */
export function assertLiteralTargetAllowed(url: URL, policy: TargetPolicy): void {
  const host = hostOf(url);
  if (!policy.allowPrivate && isIP(host) !== 0 && isPrivateAddress(host))
    throw new BlockedTargetError(host, host);
}
