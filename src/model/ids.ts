import type { ResourceKind } from './types.ts';

/** AWS-style id prefixes, so ids read like the console's (vpc-0a1b2c3d, subnet-…). */
export const ID_PREFIX: Record<ResourceKind, string> = {
  region: 'region',
  vpc: 'vpc',
  az: 'az',
  subnet: 'subnet',
  igw: 'igw',
  nat: 'nat',
  routeTable: 'rtb',
  nacl: 'acl',
  securityGroup: 'sg',
  instance: 'i',
  loadBalancer: 'alb',
  rds: 'db',
  peering: 'pcx',
};

function randomHex(bytes: number): string {
  const buf = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buf);
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A fresh id for a resource of `kind`, unique against `taken` when given. */
export function newId(kind: ResourceKind, taken?: ReadonlySet<string>): string {
  for (;;) {
    const id = `${ID_PREFIX[kind]}-${randomHex(4)}`;
    if (!taken || !taken.has(id)) return id;
  }
}

/** A fresh id for a sub-record (route, rule, flow). */
export function newRecordId(prefix: string): string {
  return `${prefix}-${randomHex(4)}`;
}
