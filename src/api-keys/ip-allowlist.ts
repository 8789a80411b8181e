import ipaddr from 'ipaddr.js';
import { escalationDenied, invalidArgument, invalidField } from '../common/errors/rpc.error';
import { FieldViolation } from '../common/errors/rpc-status';

/** API.md §10: at most this many entries in a key's allowed_ips. */
export const MAX_ALLOWED_IPS = 20;

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Range = [Address, number];

/**
 * An allowlist entry in its normal form: an address as ipaddr.js writes it (IPv4-mapped IPv6
 * addresses as IPv4), a CIDR as its network address and prefix (`10.1.2.3/8` → `10.0.0.0/8`).
 * Null when the entry is neither.
 */
export function normalizeEntry(entry: string): string | null {
  const [address, bits] = toRange(entry.trim()) ?? [];
  if (!address || bits === undefined) return null;
  const full = address.kind() === 'ipv4' ? 32 : 128;
  if (!entry.includes('/')) return address.toString();
  const network =
    address.kind() === 'ipv4'
      ? ipaddr.IPv4.networkAddressFromCIDR(`${address.toString()}/${bits}`)
      : ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/${bits}`);
  return bits === full ? network.toString() : `${network.toString()}/${bits}`;
}

/**
 * A requested allowlist, validated (each entry an IPv4/IPv6 address or CIDR, at most 20) and
 * normalized, duplicates removed. 400 INVALID_ARGUMENT naming each bad entry.
 */
export function normalizeAllowlist(entries: readonly string[]): string[] {
  if (entries.length > MAX_ALLOWED_IPS) {
    throw invalidField('allowed_ips', `at most ${MAX_ALLOWED_IPS} addresses or ranges.`);
  }
  const violations: FieldViolation[] = [];
  const normalized = entries.map((entry, i) => {
    const n = normalizeEntry(entry);
    if (n === null) {
      violations.push({
        field: `allowed_ips[${i}]`,
        description: `"${entry}" is not an IPv4/IPv6 address or CIDR range.`,
      });
    }
    return n ?? '';
  });
  if (violations.length) throw invalidArgument(violations.map((v) => v.description).join(' '), violations);
  return [...new Set(normalized)];
}

/**
 * No escalation (API.md §10): a caller with an allowlist may only give a key a non-empty list
 * whose every entry lies inside one of its own. 403 ESCALATION_DENIED otherwise.
 */
export function ensureAllowlistWithin(requested: readonly string[], callers: readonly string[]): void {
  if (callers.length === 0) return;
  if (requested.length === 0) {
    throw escalationDenied(
      'The calling API key is limited to some IP addresses: a key it creates or changes needs allowed_ips within them.',
    );
  }
  const outer = callers.map((e) => toRange(e) as Range);
  requested.forEach((entry, i) => {
    const inner = toRange(entry) as Range;
    if (!outer.some((range) => rangeWithin(inner, range))) {
      throw escalationDenied(`allowed_ips[${i}] ("${entry}") is outside the calling API key's allowed_ips.`);
    }
  });
}

/** Whether a client address may use a key with this allowlist ([] = any address). */
export function allowsAddress(allowlist: readonly string[], clientIp: string): boolean {
  if (allowlist.length === 0) return true;
  if (!ipaddr.isValid(clientIp)) return false;
  const address = ipaddr.process(clientIp);
  return rangesOf(allowlist).some(
    ([network, bits]) => address.kind() === network.kind() && address.match(network, bits),
  );
}

function rangeWithin([innerAddress, innerBits]: Range, [outerAddress, outerBits]: Range): boolean {
  return (
    innerAddress.kind() === outerAddress.kind() && innerBits >= outerBits && innerAddress.match(outerAddress, outerBits)
  );
}

/** An address (a one-address range) or a CIDR; IPv4-mapped IPv6 becomes IPv4. Null when neither. */
function toRange(entry: string): Range | null {
  if (entry.includes('/')) {
    if (!ipaddr.IPv4.isValidCIDRFourPartDecimal(entry) && !ipaddr.IPv6.isValidCIDR(entry)) return null;
    const [address, bits] = ipaddr.parseCIDR(entry);
    if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
      return [(address as ipaddr.IPv6).toIPv4Address(), bits - 96];
    }
    return [address, bits];
  }
  if (!ipaddr.IPv4.isValidFourPartDecimal(entry) && !ipaddr.IPv6.isValid(entry)) return null;
  const address = ipaddr.process(entry);
  return [address, address.kind() === 'ipv4' ? 32 : 128];
}

/** Parsed ranges of stored (normalized) allowlists, kept per list: parsing them is the costly part. */
const parsed = new Map<string, Range[]>();
function rangesOf(allowlist: readonly string[]): Range[] {
  const cacheKey = allowlist.join(',');
  let ranges = parsed.get(cacheKey);
  if (!ranges) {
    ranges = allowlist.map((e) => toRange(e)).filter((r): r is Range => r !== null);
    if (parsed.size >= 10_000) parsed.clear();
    parsed.set(cacheKey, ranges);
  }
  return ranges;
}
