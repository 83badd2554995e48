/**
 * VPC endpoints, egress-only internet gateways and IPv6 fields from describe output, for convert.ts.
 *
 * - `describe-vpc-endpoints`: a `Gateway` endpoint becomes a gateway endpoint in its VPC, with its
 *   `RouteTableIds` and the service's prefix list (the `DestinationPrefixListId` of the routes to it
 *   in describe-route-tables, or the describe-managed-prefix-lists entry named for the service); an
 *   `Interface` endpoint becomes an interface endpoint in its first subnet, with `SubnetIds`,
 *   `Groups` and `PrivateDnsEnabled`. Other types (GatewayLoadBalancer, Resource, ServiceNetwork)
 *   stay external. https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-vpc-endpoints.html
 * - `describe-egress-only-internet-gateways`: attached to the VPC of its `Attachments`.
 * - IPv6: `Ipv6CidrBlockAssociationSet` of VPCs and subnets (associated blocks), `Ipv6Addresses` of
 *   an instance's network interface.
 */
import type { ResourceKind } from '../../model/types.ts';
import type { Item } from './convert.ts';
import type { CallKey } from './recognise.ts';
import { bool, nameTag, obj, objs, str, strs, type Raw } from './raw.ts';

/** The associated IPv6 blocks of a VPC or subnet. */
export function ipv6Blocks(raw: Raw): string[] {
  return objs(raw, 'Ipv6CidrBlockAssociationSet')
    .filter((a) => {
      const state = str(obj(a, 'Ipv6CidrBlockState'), 'State');
      return !state || state === 'associated' || state === 'associating';
    })
    .map((a) => str(a, 'Ipv6CidrBlock'))
    .filter((c): c is string => !!c);
}

/** The IPv6 addresses of a network interface (describe-instances' `NetworkInterfaces[].Ipv6Addresses`). */
export function ipv6Of(eni: Raw | undefined): string[] {
  if (!eni) return [];
  return objs(eni, 'Ipv6Addresses')
    .map((a) => str(a, 'Ipv6Address'))
    .filter((a): a is string => !!a);
}

type Draft = Record<string, unknown> & { kind: ResourceKind; id: string; parent: string | null };

export interface EndpointImport {
  items(k: CallKey): readonly Item[];
  drafts: Map<string, Draft>;
  add(d: Draft): Draft;
  addExternal(
    id: string,
    awsType: string,
    name: string,
    parent: string | null,
    vpcIds: readonly string[],
    attributes: { key: string; value: string }[],
  ): unknown;
  attrs(pairs: [string, unknown][]): { key: string; value: string }[];
  ensureVpc(id: string, it: Item | null, from: string): unknown;
  ensurePrefixList(id: string, it: Item, from: string, regionId: string | null): void;
  groupsOf(ids: readonly string[], vpcId: string | null, it: Item, from: string): string[];
  regionFor(it: Item | null, own: string | null): string;
  knownVpcs(ids: readonly (string | null)[]): string[];
  eniOwner: Map<string, string>;
  keep(call: string, n?: number): void;
  baseOf(kind: ResourceKind): Record<string, unknown>;
  missing(file: string | null, id: string, what: string, from: string, how: string): void;
}

export function importEndpoints(c: EndpointImport): void {
  // The prefix list each gateway endpoint's routes name (describe-route-tables).
  const routedList = new Map<string, string>();
  for (const { raw } of c.items('RouteTables'))
    for (const r of objs(raw, 'Routes')) {
      const gw = str(r, 'GatewayId');
      const pl = str(r, 'DestinationPrefixListId');
      if (gw?.startsWith('vpce-') && pl) routedList.set(gw, pl);
    }
  const listByName = new Map<string, string>();
  for (const { raw } of c.items('PrefixLists')) {
    const name = str(raw, 'PrefixListName');
    const id = str(raw, 'PrefixListId');
    if (name && id) listByName.set(name, id);
  }

  c.items('VpcEndpoints').forEach((it) => {
    const id = str(it.raw, 'VpcEndpointId');
    if (!id) return;
    const vpcId = str(it.raw, 'VpcId');
    if (vpcId) c.ensureVpc(vpcId, it, `VPC endpoint ${id}`);
    for (const e of strs(it.raw, 'NetworkInterfaceIds')) c.eniOwner.set(e, id);
    const type = str(it.raw, 'VpcEndpointType');
    const service = str(it.raw, 'ServiceName') ?? '';
    const name = nameTag(it.raw) ?? (service || id);
    if (type === 'Gateway' && vpcId && c.drafts.get(vpcId)?.kind === 'vpc') {
      const pl = routedList.get(id) ?? listByName.get(service) ?? null;
      if (pl) c.ensurePrefixList(pl, it, `gateway endpoint ${id}`, c.drafts.get(vpcId)!.parent);
      const tables = strs(it.raw, 'RouteTableIds');
      c.add({
        kind: 'gatewayEndpoint',
        id,
        name,
        parent: vpcId,
        ...c.baseOf('gatewayEndpoint'),
        serviceName: service,
        prefixListId: pl,
        // Route tables are read after this; ones the input lacks are dropped with the others' checks.
        routeTableIds: tables,
      });
      return;
    }
    const subnets = strs(it.raw, 'SubnetIds').filter((s) => c.drafts.get(s)?.kind === 'subnet');
    if (type === 'Interface' && vpcId && subnets.length) {
      c.add({
        kind: 'interfaceEndpoint',
        id,
        name,
        parent: subnets[0]!,
        ...c.baseOf('interfaceEndpoint'),
        serviceName: service,
        subnetIds: subnets,
        securityGroupIds: c.groupsOf(
          objs(it.raw, 'Groups')
            .map((g) => str(g, 'GroupId'))
            .filter((g): g is string => !!g),
          vpcId,
          it,
          `interface endpoint ${id}`,
        ),
        privateDns: bool(it.raw, 'PrivateDnsEnabled') ?? false,
        privateIp: null,
      });
      return;
    }
    c.addExternal(
      id,
      'vpc-endpoint',
      name,
      vpcId ?? c.regionFor(it, null),
      c.knownVpcs([vpcId]),
      c.attrs([
        ['VpcEndpointType', type],
        ['ServiceName', service],
        ['State', str(it.raw, 'State')],
        ['SubnetIds', strs(it.raw, 'SubnetIds')],
        ['RouteTableIds', strs(it.raw, 'RouteTableIds')],
        ['Groups', objs(it.raw, 'Groups').map((g) => str(g, 'GroupId'))],
      ]),
    );
    c.keep('ec2 describe-vpc-endpoints');
  });

  c.items('EgressOnlyInternetGateways').forEach((it) => {
    const id = str(it.raw, 'EgressOnlyInternetGatewayId');
    if (!id) return;
    const vpcId = objs(it.raw, 'Attachments')
      .filter((a) => ['attached', 'attaching', 'available'].includes(str(a, 'State') ?? 'attached'))
      .map((a) => str(a, 'VpcId'))
      .find((v): v is string => !!v);
    if (vpcId) c.ensureVpc(vpcId, it, `egress-only internet gateway ${id}`);
    if (!vpcId || c.drafts.get(vpcId)?.kind !== 'vpc') {
      c.addExternal(id, 'egress-only-internet-gateway', id, c.regionFor(it, null), [], []);
      c.keep('ec2 describe-egress-only-internet-gateways');
      return;
    }
    c.add({
      kind: 'egressOnlyIgw',
      id,
      name: nameTag(it.raw) ?? id,
      parent: vpcId,
      ...c.baseOf('egressOnlyIgw'),
    });
  });
}
