import ipaddr from 'ipaddr.js';
import { isIPv4 } from 'node:net';

/**
 * The key a client's failed authentications are counted under (API.md §3): its IPv4 address, or the
 * /64 of its IPv6 address, since one IPv6 host usually holds a whole /64 and could otherwise take a
 * fresh address per guess. IPv4-mapped IPv6 addresses (::ffff:a.b.c.d, what a dual-stack socket
 * reports) count as the IPv4 address.
 */
export function failureBucketOf(ip: string): string {
  if (isIPv4(ip)) return ip; // the common case, without parsing
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip); // unwraps IPv4-mapped IPv6
  if (address.kind() === 'ipv4') return address.toString();
  const prefix = (address as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...prefix, 0, 0, 0, 0]).toString()}/64`;
}
