/**
 * Test builders for the imported-only kinds (prefix lists, external resources) and for rules with
 * a protocol number or a prefix-list peer, on top of DesignBuilder (builder.ts).
 */
import type { IpProtocol, Resource, SgRule } from '../../model/types.ts';
import { sgRule, type DesignBuilder } from './builder.ts';

export function prefixList(b: DesignBuilder, id: string, entries: string[] | null, name = id): string {
  return b.add({
    kind: 'prefixList',
    id,
    name,
    parent: null,
    position: { x: 0, y: 0 },
    addressFamily: 'IPv4',
    entries,
  } as Resource);
}

export function external(
  b: DesignBuilder,
  id: string,
  awsType: string,
  vpcIds: string[],
  attributes: { key: string; value: string }[] = [],
): string {
  return b.add({
    kind: 'external',
    id,
    name: id,
    parent: null,
    position: { x: 0, y: 0 },
    awsType,
    attributes,
    vpcIds,
  } as Resource);
}

/** A rule that admits (or, for egress, reaches) a prefix list's entries. */
export function plRule(protocol: IpProtocol, port: number, pl: string): SgRule {
  return { ...sgRule('tcp', port, '0.0.0.0/0'), protocol, cidr: null, prefixListId: pl };
}

/** A copy of a rule with another protocol (a number, say). */
export function withProtocol<T extends { protocol: IpProtocol }>(rule: T, protocol: IpProtocol): T {
  return { ...rule, protocol };
}
