/**
 * Elastic IPs written in a design. An Elastic IP belongs to one resource at a time in AWS, so a
 * new NAT gateway (or a pasted copy of one) takes the next address no resource of the design has
 * written; the validator flags an address used twice (EIP-001).
 */
import { intToIp, ipToInt } from './cidr.ts';
import type { Resource } from './types.ts';

/** Where default Elastic IPs come from: the documentation ranges TEST-NET-3, then TEST-NET-1, from .10. */
const POOLS = ['203.0.113.0', '192.0.2.0'] as const;
const FIRST_HOST = 10;
const LAST_HOST = 254;

/** The Elastic IP a resource holds: an instance with `publicIp: 'elastic'`, or a NAT gateway that is not private. */
export function heldElasticIp(r: Resource): string | null {
  const eip = (r as { elasticIp?: unknown }).elasticIp;
  if (typeof eip !== 'string' || eip.trim() === '') return null;
  if (r.kind === 'instance') return r.publicIp === 'elastic' ? eip.trim() : null;
  if (r.kind === 'nat') return r.connectivity === 'private' ? null : eip.trim();
  return null;
}

/** Every address written in an `elasticIp` field of the design (held or not), as integers. */
export function writtenElasticIps(resources: readonly Resource[]): Set<number> {
  const out = new Set<number>();
  for (const r of resources) {
    const eip = (r as { elasticIp?: unknown }).elasticIp;
    const n = typeof eip === 'string' ? ipToInt(eip.trim()) : null;
    if (n !== null) out.add(n);
  }
  return out;
}

/** The first default Elastic IP not in `taken` (203.0.113.10 upward); the first one when all are taken. */
export function nextFreeElasticIp(taken: ReadonlySet<number>): string {
  for (const pool of POOLS) {
    const base = ipToInt(pool)!;
    for (let h = FIRST_HOST; h <= LAST_HOST; h++) if (!taken.has(base + h)) return intToIp(base + h);
  }
  return `${POOLS[0].slice(0, -1)}${FIRST_HOST}`;
}
