import ipaddr from 'ipaddr.js';

/** What Fastify's `trustProxy` gets: no proxy, the number of proxy hops, or the proxies' addresses. */
export type TrustProxy = false | number | string[];

/**
 * TRUST_PROXY (API.md §8): `false` (the socket's address is the client), a number of proxy hops in
 * front of Tessera, or a comma-separated list of proxy addresses/CIDRs. With either of the last two
 * the client IP is read from the right end of X-Forwarded-For, skipping only trusted hops (Fastify
 * does this with proxy-addr), so a client cannot choose its own IP by writing the header. `true`
 * (trust every hop: the leftmost, client-written entry wins) is refused.
 */
export function parseTrustProxy(raw: string): TrustProxy {
  const value = raw.trim().toLowerCase();
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') {
    throw new Error(
      'would let any client choose its own IP with X-Forwarded-For; set the number of proxies in front of ' +
        'Tessera (e.g. 1) or their addresses/CIDRs (e.g. 10.0.0.0/8,127.0.0.1)',
    );
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 20) throw new Error('at most 20 proxy hops');
    return hops;
  }
  return value.split(',').map((entry) => normalizeProxyEntry(entry.trim()));
}

function normalizeProxyEntry(entry: string): string {
  if (entry.includes('/')) {
    if (!ipaddr.IPv4.isValidCIDRFourPartDecimal(entry) && !ipaddr.IPv6.isValidCIDR(entry)) {
      throw new Error(`"${entry}" is not an address range (CIDR)`);
    }
    const [address, bits] = ipaddr.parseCIDR(entry);
    return `${address.toString()}/${bits}`;
  }
  if (!ipaddr.IPv4.isValidFourPartDecimal(entry) && !ipaddr.IPv6.isValid(entry)) {
    throw new Error(`"${entry}" is not an IP address, a CIDR, a hop count or false`);
  }
  return ipaddr.parse(entry).toString();
}
