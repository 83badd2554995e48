/** The rule registry: every rule of the catalogue (validator-spec.md §3), in catalogue order. */
import type { RuleId } from '../types.ts';
import { bp001 } from './bp001-workloads-in-one-az.ts';
import { bp002 } from './bp002-vpc-flow-logs.ts';
import { bp003 } from './bp003-load-balancer-subnets.ts';
import { bp004 } from './bp004-database-placement.ts';
import { cidr001 } from './cidr001-vpc-block-size.ts';
import { cidr002 } from './cidr002-overlapping-vpc-blocks.ts';
import { cidr003 } from './cidr003-forbidden-vpc-blocks.ts';
import { cidr004 } from './cidr004-vpc-block-choice.ts';
import { eip001 } from './eip001-shared-elastic-ip.ts';
import { igw001 } from './igw001-one-igw-per-vpc.ts';
import { igw002 } from './igw002-public-ip-needs-igw-route.ts';
import { nacl001 } from './nacl001-rule-numbers.ts';
import { nacl002 } from './nacl002-shadowed-rules.ts';
import { nacl003 } from './nacl003-missing-return-rules.ts';
import { nacl004 } from './nacl004-open-admin-ports.ts';
import { nacl005 } from './nacl005-open-or-unused-acl.ts';
import { nat001 } from './nat001-elastic-ip.ts';
import { nat002 } from './nat002-public-nat-route-to-igw.ts';
import { nat003 } from './nat003-nat-in-other-vpc.ts';
import { nat004 } from './nat004-cross-az-nat.ts';
import { nat005 } from './nat005-private-nat-igw-route.ts';
import { pl001 } from './pl001-missing-prefix-list.ts';
import { vpce001 } from './vpce001-gateway-endpoint-routes.ts';
import { vpce002 } from './vpce002-interface-endpoint-https.ts';
import { v6001 } from './v6001-private-subnet-ipv6-igw.ts';
import { v6002 } from './v6002-egress-only-inbound.ts';
import { v6003 } from './v6003-subnet-ipv6-outside-vpc.ts';
import { v6004 } from './v6004-overlapping-subnet-ipv6.ts';
import { peer001 } from './peer001-overlapping-peers.ts';
import { peer002 } from './peer002-duplicate-peering.ts';
import { peer003 } from './peer003-routes-outside-peer.ts';
import { peer004 } from './peer004-one-sided-routes.ts';
import { reach003 } from './reach003-data-reachable-from-internet.ts';
import { rt001 } from './rt001-local-and-main-routes.ts';
import { rt002 } from './rt002-duplicate-destinations.ts';
import { rt003 } from './rt003-route-destinations.ts';
import { rt004 } from './rt004-route-targets.ts';
import { rt005 } from './rt005-main-table-and-associations.ts';
import type { RuleDef } from './rule.ts';
import { sg001 } from './sg001-open-admin-ports.ts';
import { sg002 } from './sg002-default-group-in-use.ts';
import { sg003 } from './sg003-group-references.ts';
import { sg004 } from './sg004-too-many-groups.ts';
import { sg005 } from './sg005-unattached-group.ts';
import { sg006 } from './sg006-no-description.ts';
import { sg007 } from './sg007-default-egress.ts';
import { sub001 } from './sub001-subnet-block-size.ts';
import { sub002 } from './sub002-subnet-outside-vpc.ts';
import { sub003 } from './sub003-overlapping-subnets.ts';
import { sub004 } from './sub004-private-ips-and-capacity.ts';
import { top001 } from './top001-subnet-az-region.ts';
import { top002 } from './top002-associations-in-one-vpc.ts';
import { top003 } from './top003-one-table-and-acl-per-subnet.ts';
import { tgw001 } from './tgw001-attachment-zones.ts';
import { tgw002 } from './tgw002-no-route-back.ts';
import { tgw003 } from './tgw003-overlapping-propagations.ts';
import { tgw004 } from './tgw004-blackhole-hides-route.ts';
import { vpn001 } from './vpn001-no-routes.ts';
import { lb001 } from './lb001-targets-admit-load-balancer.ts';
import { lb002 } from './lb002-listener-target-group.ts';
import { lb003 } from './lb003-target-zones.ts';
import { eni001 } from './eni001-interface-zone.ts';
import { eni002 } from './eni002-interface-groups-vpc.ts';

export type { RuleDef } from './rule.ts';

export const RULES: readonly RuleDef[] = [
  cidr001,
  cidr002,
  cidr003,
  cidr004,
  sub001,
  sub002,
  sub003,
  sub004,
  top001,
  top002,
  top003,
  rt001,
  rt002,
  rt003,
  rt004,
  rt005,
  igw001,
  igw002,
  nat001,
  nat002,
  nat003,
  nat004,
  nat005,
  eip001,
  nacl001,
  nacl002,
  nacl003,
  nacl004,
  nacl005,
  sg001,
  sg002,
  sg003,
  sg004,
  sg005,
  sg006,
  sg007,
  pl001,
  peer001,
  peer002,
  peer003,
  peer004,
  tgw001,
  tgw002,
  tgw003,
  tgw004,
  vpn001,
  bp001,
  bp002,
  bp003,
  bp004,
  reach003,
  vpce001,
  vpce002,
  v6001,
  v6002,
  v6003,
  v6004,
  lb001,
  lb002,
  lb003,
  eni001,
  eni002,
];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/** Every `${rule}.${variant}` text key the UI needs, with its severity. */
export const RULE_VARIANTS: readonly {
  key: string;
  rule: RuleId;
  variant: string;
  severity: RuleDef['variants'][number]['severity'];
}[] = RULES.flatMap((r) =>
  r.variants.map((v) => ({ key: `${r.id}.${v.key}`, rule: r.id, variant: v.key, severity: v.severity })),
);

export function ruleById(id: string): RuleDef | undefined {
  return RULES.find((r) => r.id === id);
}
