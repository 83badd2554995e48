/**
 * Managed prefix lists (`pl-…`) as security group rules and routes name them. A list's entries
 * may be unknown (`null`: describe-managed-prefix-lists does not print them), and a list may be
 * missing from the design (an import that did not include it; PL-001 reports it): then whether an
 * address is in the list is not known, and the path engine answers `unknown` where it decides.
 */
import { cidrOrNull, containsIp, type Cidr } from '../model/cidr.ts';
import type { PrefixList } from '../model/types.ts';
import type { ValidationContext } from './context.ts';
import { list } from './safe.ts';

/** A prefix list id as AWS writes it (`pl-` and hex digits); a route destination that is one names a list. */
export const PREFIX_LIST_ID = /^pl-[0-9a-zA-Z][0-9a-zA-Z-]*$/;

export function isPrefixListId(v: unknown): v is string {
  return typeof v === 'string' && PREFIX_LIST_ID.test(v);
}

/** The list an id names in the design, if any (kind checked). */
export function prefixListOf(ctx: ValidationContext, id: unknown): PrefixList | undefined {
  return typeof id === 'string' ? ctx.index.getKind(id, 'prefixList') : undefined;
}

const entriesCache = new WeakMap<PrefixList, readonly Cidr[]>();

/** The list's IPv4 entries that parse, or null when they are not known (or the list is not in the design). */
export function prefixListEntries(ctx: ValidationContext, id: unknown): readonly Cidr[] | null {
  const pl = prefixListOf(ctx, id);
  if (!pl || pl.entries === null || !Array.isArray(pl.entries)) return null;
  let out = entriesCache.get(pl);
  if (!out) {
    out = list<unknown>(pl.entries)
      .map((e) => (typeof e === 'string' ? cidrOrNull(e) : null))
      .filter((c): c is Cidr => c !== null);
    entriesCache.set(pl, out);
  }
  return out;
}

/**
 * The documentation ranges (RFC 5737: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), which never
 * appear on the internet: the default internet client of a query is 203.0.113.1.
 */
const DOCUMENTATION_RANGES = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24']
  .map(cidrOrNull)
  .filter((c): c is Cidr => c !== null);

/**
 * Whether `addr` is known to be outside a list whose entries are not known. An AWS-managed list
 * (its name starts with `com.amazonaws.`, which a customer's list cannot: CreateManagedPrefixList)
 * holds an AWS service's own address ranges, and no AWS range is a documentation range, so the
 * S3 or DynamoDB list of a gateway endpoint does not capture a documentation-range client.
 */
export function knownOutside(ctx: ValidationContext, id: unknown, addr: number): boolean {
  const pl = prefixListOf(ctx, id);
  if (!pl || typeof pl.name !== 'string' || !pl.name.startsWith('com.amazonaws.')) return false;
  return DOCUMENTATION_RANGES.some((c) => containsIp(c, addr));
}

/** Is `addr` in the list? `null` when that is not known. */
export function prefixListContains(ctx: ValidationContext, id: unknown, addr: number): boolean | null {
  const entries = prefixListEntries(ctx, id);
  if (entries === null) return knownOutside(ctx, id, addr) ? false : null;
  return entries.some((c) => containsIp(c, addr));
}
