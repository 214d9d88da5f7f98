import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";
import { env } from "../env";

// The SSRF guard of outbound webhooks: an endpoint's host must resolve only to public addresses, or Coverwatch
// would post (from inside the lender's network) to its metadata service, its database or its admin pages. It is
// checked when an endpoint is saved, and again at every connection, on the addresses actually connected to,
// since DNS can change in between (DNS rebinding).

const privateRanges = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this" network
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const)
  privateRanges.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
  ["64:ff9b::", 96], // NAT64: reaches IPv4 addresses through a gateway
] as const)
  privateRanges.addSubnet(network, prefix, "ipv6");

const mappedIpv4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** Whether an address is private, loopback, link-local or unique-local (an IPv4-mapped IPv6 as its IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = mappedIpv4.exec(address)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  const family = isIP(address);
  if (family === 0) return true;
  return privateRanges.check(address, family === 4 ? "ipv4" : "ipv6");
}

export const allowsPrivateDestinations = () => env.OUTBOUND_WEBHOOKS_ALLOW_PRIVATE === "true";

export class RefusedDestinationError extends Error {
  override name = "RefusedDestinationError";
}

/** Every address a host resolves to (an IP literal is its own). */
async function resolveAll(hostname: string): Promise<LookupAddress[]> {
  const host = hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return [{ address: host, family: isIP(host) }];
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );
}

function refusal(hostname: string, addresses: LookupAddress[], allowPrivate: boolean): string | null {
  if (allowPrivate) return null;
  const blocked = addresses.find((entry) => isPrivateAddress(entry.address));
  return blocked
    ? `${hostname} resolves to ${blocked.address}, a private, loopback or link-local address: Coverwatch does not send webhooks there.`
    : null;
}

/**
 * Why this URL may not receive webhooks, or null when it may: every address its host resolves to must be public.
 * A host that does not resolve is refused too (it could not be reached anyway).
 */
export async function destinationProblem(
  url: string,
  { allowPrivate = allowsPrivateDestinations() }: { allowPrivate?: boolean } = {},
): Promise<string | null> {
  const { hostname } = new URL(url);
  let addresses: LookupAddress[];
  try {
    addresses = await resolveAll(hostname);
  } catch {
    return `${hostname} does not resolve: check the URL.`;
  }
  return refusal(hostname, addresses, allowPrivate);
}

/**
 * A `lookup` for node:http(s) that resolves the host and refuses the connection when any of its addresses is
 * private: the check and the connection use the same answer, so DNS cannot change in between.
 */
export const guardedLookup =
  (allowPrivate: boolean) =>
  (
    hostname: string,
    options: { all?: boolean },
    callback: (
      error: NodeJS.ErrnoException | null,
      address: string | LookupAddress[],
      family?: number,
    ) => void,
  ) => {
    resolveAll(hostname).then(
      (addresses) => {
        const problem = refusal(hostname, addresses, allowPrivate);
        if (problem) return callback(new RefusedDestinationError(problem), "", 0);
        if (options.all) return callback(null, addresses);
        const [first] = addresses;
        if (!first) return callback(new RefusedDestinationError(`${hostname} does not resolve.`), "", 0);
        callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
