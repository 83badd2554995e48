/**
 * What each context helper (context.ts `ValidationContext`) reads, declared once here, beside no
 * rule: a rule's reads are recorded while it runs (recording.ts), as the union of the helpers it
 * calls and the fields it reads on the resources they hand it. The table is typed by the context's
 * keys, so a new helper without an entry is a compile error.
 *
 * A helper's entry lists what its cached maps are built from (context.ts `PARTS`), in reads.ts
 * terms (`'kind.field'`; a kind alone is which resources of it exist and their order). Arguments
 * that are ids add reads that depend on them: `chain` (the helper follows that id's chain of
 * containers, reading `<its kind>.parent`) and `lookup` (it looks the id up, reading which
 * resource has it, and `argFields` of that resource). `returns` says what to hand the rule through
 * recording proxies, so that the fields it then reads are recorded too.
 */
import { kindsWith } from '../../model/kinds/index.ts';
import type { ValidationContext } from '../context.ts';
import type { Read } from '../reads.ts';

export interface HelperReads {
  /** Fields and kinds the helper reads whatever its arguments. */
  readonly reads: readonly Read[];
  /** Index of an id argument whose chain of containers the helper follows. */
  readonly chain?: number;
  /** Index of an id argument the helper looks up (any kind). */
  readonly lookup?: number;
  /** Fields the helper reads on the resource `lookup` finds. */
  readonly argFields?: readonly string[];
  /** What the helper returns: resources are handed to the rule through recording proxies. */
  readonly returns: 'value' | 'resource' | 'resources';
}

type Helper = Exclude<keyof ValidationContext, 'design' | 'index'>;

const fieldsOfRole = (role: 'addressable' | 'securityGroupMember', ...fields: string[]): Read[] =>
  kindsWith(role).flatMap((k) => fields.map((f) => `${k}.${f}` as Read));

export const HELPER_READS: Readonly<Record<Helper, HelperReads>> = {
  cidr: { reads: [], returns: 'value' },
  ip: { reads: [], returns: 'value' },
  vpcBlocks: { reads: ['vpc.cidrBlocks'], returns: 'value' },
  subnetsOf: { reads: ['subnet.parent', 'vpc'], returns: 'resources' },
  routeTablesOf: { reads: ['routeTable.parent', 'vpc'], returns: 'resources' },
  naclsOf: { reads: ['nacl.parent', 'vpc'], returns: 'resources' },
  securityGroupsOf: { reads: ['securityGroup.parent', 'vpc'], returns: 'resources' },
  igwsOf: { reads: ['igw.parent', 'vpc'], returns: 'resources' },
  peeringsOf: { reads: ['peering.requesterVpcId', 'peering.accepterVpcId', 'vpc'], returns: 'resources' },
  peerOf: { reads: ['peering.requesterVpcId', 'peering.accepterVpcId', 'vpc'], returns: 'resource' },
  explicitRouteTables: { reads: ['routeTable.subnetIds'], returns: 'resources' },
  explicitNacls: { reads: ['nacl.subnetIds'], returns: 'resources' },
  routeTableOf: {
    reads: ['routeTable.subnetIds', 'routeTable.parent', 'routeTable.main', 'vpc'],
    chain: 0,
    returns: 'resource',
  },
  naclOf: { reads: ['nacl.subnetIds', 'nacl.parent', 'nacl.isDefault', 'vpc'], chain: 0, returns: 'resource' },
  zoneOf: { reads: ['az.zone'], chain: 0, returns: 'value' },
  subnetOfResource: { reads: ['subnet'], lookup: 0, chain: 0, returns: 'resource' },
  /** assignAddresses: every addressable resource in document order, its static address and subnet. */
  address: { reads: [...fieldsOfRole('addressable', 'privateIp', 'parent'), 'subnet.cidr'], returns: 'value' },
  sgsOf: { reads: ['securityGroup'], lookup: 0, argFields: ['securityGroupIds'], returns: 'resources' },
  sgMembers: { reads: fieldsOfRole('securityGroupMember', 'securityGroupIds'), returns: 'resources' },
  isPublicSubnet: {
    reads: ['routeTable.subnetIds', 'routeTable.parent', 'routeTable.main', 'routeTable.routes', 'igw.parent', 'vpc'],
    chain: 0,
    returns: 'value',
  },
  attachedIgw: { reads: ['igw.parent'], returns: 'resource' },
};
