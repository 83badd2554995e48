import { KINDS } from './kinds/index.ts';
import type { ResourceKind } from './types.ts';

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
