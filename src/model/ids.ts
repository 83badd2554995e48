import { KINDS } from './kinds/index.ts';
import type { ResourceKind } from './types.ts';
import { ipToInt } from './cidr.ts';

/** Ids no resource may take: routes name `local`, flows and queries `internet`. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['local', 'internet']);

/**
 * Why a resource may not have this id, or null when it may: reserved, or an IPv4 address (which a
 * flow's endpoint would be confused with). The JSON format refuses such ids; importers skip them.
 */
export function unusableId(id: string): 'reserved' | 'address' | null {
  if (RESERVED_IDS.has(id)) return 'reserved';
  return ipToInt(id) !== null ? 'address' : null;
}

function randomHex(bytes: number): string {
  const buf = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buf);
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The AWS-style id prefix of a kind (`rtb` for route tables), from its definition. */
export function idPrefix(kind: ResourceKind): string {
  return KINDS[kind].idPrefix;
}

/** A fresh id for a resource of `kind`, unique against `taken` when given. */
export function newId(kind: ResourceKind, taken?: ReadonlySet<string>): string {
  for (;;) {
    const id = `${idPrefix(kind)}-${randomHex(4)}`;
    if (!taken || !taken.has(id)) return id;
  }
}

/** A fresh id for a sub-record (route, rule, flow). */
export function newRecordId(prefix: string): string {
  return `${prefix}-${randomHex(4)}`;
}
