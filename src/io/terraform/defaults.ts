/**
 * Terraform's defaults, applied to the design the CloudFormation converter made (toCfn.ts says
 * which resources they concern). The converter creates what AWS creates with a VPC (its main route
 * table, default network ACL and default security group, with AWS's rules) and gives a new security
 * group AWS's allow-all egress rule; Terraform differs:
 *
 * - `aws_security_group`: Terraform deletes the allow-all egress rule AWS adds, so a group has no
 *   egress rule unless the configuration writes one (registry.terraform.io/providers/hashicorp/aws,
 *   resource security_group: "Terraform will remove this default rule").
 * - `aws_default_security_group`, `aws_default_network_acl`: Terraform adopts the VPC's default and
 *   replaces all its rules with the ones written (none written: none left, so the group allows
 *   nothing and the ACL denies all).
 * - `aws_default_route_table`: replaces the main table's routes (local routes stay).
 * - `aws_main_route_table_association`: another table becomes the VPC's main one.
 */
import type { Resource } from '../../model/types.ts';
import type { DefaultsPlan } from './toCfn.ts';

type Draft = Record<string, unknown> & { id: string; kind: string };

export function applyTerraformDefaults(resources: readonly Resource[], plan: DefaultsPlan): Resource[] {
  const byId = new Map<string, Draft>(resources.map((r) => [r.id, { ...(r as unknown as Draft) }]));
  const removed = new Set<string>();
  const sg = (logical: string) => byId.get(`sg-${logical}`);
  const vpcId = (logical: string) => `vpc-${logical}`;
  const reId = <T extends Record<string, unknown>>(rules: unknown, prefix: string, map?: (r: T) => T): T[] =>
    (Array.isArray(rules) ? (rules as T[]) : []).map((r, i) => ({ ...(map ? map(r) : r), id: `${prefix}${i + 1}` }));

  for (const logical of plan.noEgress) {
    const g = sg(logical);
    if (g) g.egress = [];
  }
  for (const { logical, vpc } of plan.defaultSgs) {
    const tf = sg(logical);
    const auto = byId.get(`sg-${vpcId(vpc)}-default`);
    if (!tf || !auto) continue;
    const self = (r: Record<string, unknown>) => (r.sourceSg === tf.id ? { ...r, sourceSg: auto.id } : r);
    auto.ingress = reId(tf.ingress, `${auto.id}:in:`, self);
    auto.egress = reId(tf.egress, `${auto.id}:out:`, self);
    removed.add(tf.id);
  }
  for (const { logical, vpc } of plan.defaultAcls) {
    const tf = byId.get(`acl-${logical}`);
    const auto = byId.get(`acl-${vpcId(vpc)}-default`);
    if (!tf || !auto) continue;
    auto.rules = reId(tf.rules, `${auto.id}:`);
    auto.subnetIds = [...new Set([...(auto.subnetIds as string[]), ...(tf.subnetIds as string[])])];
    removed.add(tf.id);
  }
  for (const { logical, vpc } of plan.defaultRtbs) {
    const tf = byId.get(`rtb-${logical}`);
    const main = byId.get(`rtb-${vpcId(vpc)}-main`);
    if (!tf || !main) continue;
    main.routes = reId(tf.routes, `${main.id}:`);
    main.subnetIds = [...new Set([...(main.subnetIds as string[]), ...(tf.subnetIds as string[])])];
    removed.add(tf.id);
  }
  for (const { vpc, table } of plan.mainTables) {
    const auto = byId.get(`rtb-${vpcId(vpc)}-main`);
    const chosen = byId.get(`rtb-${table}`);
    if (!auto || !chosen || chosen.parent !== auto.parent) continue;
    auto.main = false;
    chosen.main = true;
  }
  return [...byId.values()].filter((r) => !removed.has(r.id)) as unknown as Resource[];
}
