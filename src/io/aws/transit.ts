/**
 * Transit gateways and site-to-site VPNs from their describe output, as the real kinds:
 *
 * - `describe-transit-gateways`: the gateway in its region, with its default association and
 *   propagation route tables (`Options`);
 * - `describe-transit-gateway-vpc-attachments`: each VPC attachment in its VPC, with its subnets
 *   (one per zone) and appliance mode; `describe-transit-gateway-attachments` adds the association
 *   of every attachment, and says which VPN connection a `vpn` attachment is;
 * - `describe-transit-gateway-route-tables`, with the snapshot layout's per-table wrappers of
 *   `search-transit-gateway-routes` (static and blackhole routes; propagated ones are derived from
 *   the propagations), `get-transit-gateway-route-table-propagations` and
 *   `get-transit-gateway-route-table-associations`;
 * - `describe-vpn-gateways` (attached to a VPC: its parent), with route propagation read from
 *   `describe-route-tables`' `PropagatingVgws`; `describe-customer-gateways` (outside every region);
 *   `describe-vpn-connections` (static routes, or BGP; the networks BGP learns are not in any
 *   describe output, so a BGP VPN's on-premises networks stay empty and are reported).
 *
 * Routes in `describe-route-tables` that name these gateways then point at them (convert.ts).
 */
import type { Problems } from './problems.ts';
import type { CallKey } from './recognise.ts';
import { bool, nameTag, num, obj, objs, str, strs, type Raw } from './raw.ts';

interface Item {
  readonly raw: Raw;
  readonly file: string;
}
type Draft = { kind: string; id: string; name: string; parent: string | null } & Record<string, unknown>;

/** What convert.ts lends this step: its lists, drafts and helpers. */
export interface TransitKit {
  items(k: CallKey): readonly Item[];
  idOf(it: Item, call: CallKey, index: number, key: string): string | null;
  add(d: Draft): Draft;
  has(id: string, kind: string): boolean;
  regionFor(it: Item | null, own: string | null): string;
  ensureVpc(id: string, it: Item | null, from: string): unknown;
  keep(call: string, n?: number): void;
  missing(file: string | null, id: string, what: string, from: string, how: string): void;
  readonly problems: Problems;
}

const GONE = new Set(['deleted', 'deleting', 'failed', 'rejected']);
const pos = { position: { x: 0, y: 0 } };

export function convertTransit(kit: TransitKit): void {
  const added: Draft[] = [];
  const k: TransitKit = { ...kit, add: (d) => (added.push(d), kit.add(d)) };
  // Attachments by id: what they attach (describe-transit-gateway-attachments), and their association.
  const attachmentOf = new Map<string, { type: string | null; resource: string | null; tgw: string | null }>();
  const association = new Map<string, string>(); // attachment id → TGW route table id
  for (const { raw } of k.items('TransitGatewayAttachments')) {
    const id = str(raw, 'TransitGatewayAttachmentId');
    if (!id || GONE.has(str(raw, 'State') ?? '')) continue;
    attachmentOf.set(id, {
      type: str(raw, 'ResourceType'),
      resource: str(raw, 'ResourceId'),
      tgw: str(raw, 'TransitGatewayId'),
    });
    const a = obj(raw, 'Association');
    const rtb = str(a, 'TransitGatewayRouteTableId');
    if (rtb && str(a, 'State') !== 'disassociated') association.set(id, rtb);
  }
  for (const { raw } of k.items('TransitGatewayAssociations')) {
    const rtb = str(raw, 'TransitGatewayRouteTableId');
    for (const a of objs(raw, 'Associations')) {
      const id = str(a, 'TransitGatewayAttachmentId');
      if (rtb && id && str(a, 'State') !== 'disassociated') association.set(id, rtb);
    }
  }
  // A VPN attachment is named in TGW routes by its attachment id: VPC Town names the VPN connection.
  const vpnOfAttachment = new Map<string, string>();
  for (const [id, a] of attachmentOf) if (a.type === 'vpn' && a.resource) vpnOfAttachment.set(id, a.resource);
  const modelId = (attachment: string) => vpnOfAttachment.get(attachment) ?? attachment;

  k.items('TransitGateways').forEach((it, i) => {
    const id = k.idOf(it, 'TransitGateways', i, 'TransitGatewayId');
    if (!id || GONE.has(str(it.raw, 'State') ?? '')) return;
    const o = obj(it.raw, 'Options');
    const arnRegion = /^arn:[^:]+:ec2:([^:]+):/.exec(str(it.raw, 'TransitGatewayArn') ?? '')?.[1] ?? null;
    k.add({
      kind: 'transitGateway',
      id,
      name: nameTag(it.raw) ?? id,
      parent: k.regionFor(it, arnRegion),
      ...pos,
      amazonSideAsn: num(o, 'AmazonSideAsn') ?? 64512,
      associationDefaultRouteTableId:
        str(o, 'DefaultRouteTableAssociation') === 'disable' ? null : str(o, 'AssociationDefaultRouteTableId'),
      propagationDefaultRouteTableId:
        str(o, 'DefaultRouteTablePropagation') === 'disable' ? null : str(o, 'PropagationDefaultRouteTableId'),
    });
    k.keep('ec2 describe-transit-gateways');
  });

  const vpcAttached = new Set<string>();
  k.items('TransitGatewayVpcAttachments').forEach((it, i) => {
    const id = k.idOf(it, 'TransitGatewayVpcAttachments', i, 'TransitGatewayAttachmentId');
    const vpcId = str(it.raw, 'VpcId');
    if (!id || !vpcId || GONE.has(str(it.raw, 'State') ?? '')) return;
    k.ensureVpc(vpcId, it, `transit gateway attachment ${id}`);
    const subnetIds = strs(it.raw, 'SubnetIds').filter((s) => {
      if (k.has(s, 'subnet')) return true;
      k.missing(it.file, s, 'subnet', `transit gateway attachment ${id}`, 'the attachment is drawn without it');
      return false;
    });
    vpcAttached.add(id);
    k.add({
      kind: 'tgwAttachment',
      id,
      name: nameTag(it.raw) ?? id,
      parent: vpcId,
      ...pos,
      transitGatewayId: str(it.raw, 'TransitGatewayId'),
      subnetIds,
      routeTableId: association.get(id) ?? null,
      applianceMode: str(obj(it.raw, 'Options'), 'ApplianceModeSupport') === 'enable',
      ipv6Support: str(obj(it.raw, 'Options'), 'Ipv6Support') === 'enable',
    });
    k.keep('ec2 describe-transit-gateway-vpc-attachments');
  });
  // VPC attachments only describe-transit-gateway-attachments knows of: their subnets are not in the input.
  k.items('TransitGatewayAttachments').forEach((it) => {
    const id = str(it.raw, 'TransitGatewayAttachmentId');
    const a = id ? attachmentOf.get(id) : undefined;
    if (!id || !a || a.type !== 'vpc' || !a.resource || vpcAttached.has(id)) return;
    k.ensureVpc(a.resource, it, `transit gateway attachment ${id}`);
    k.problems.add(
      'warning',
      'tgw-subnets-unknown',
      it.file,
      { id },
      `${id}: its subnets are not in the input (run aws ec2 describe-transit-gateway-vpc-attachments); without them no zone can reach the transit gateway.`,
    );
    vpcAttached.add(id);
    k.add({
      kind: 'tgwAttachment',
      id,
      name: nameTag(it.raw) ?? id,
      parent: a.resource,
      ...pos,
      transitGatewayId: a.tgw,
      subnetIds: [],
      routeTableId: association.get(id) ?? null,
      applianceMode: false,
    });
    k.keep('ec2 describe-transit-gateway-attachments');
  });

  // Static routes and propagations, per table (the snapshot layout's wrappers).
  const staticRoutes = new Map<string, { id: string; destination: string; target: string }[]>();
  for (const { raw } of k.items('TransitGatewayStaticRoutes')) {
    const rtb = str(raw, 'TransitGatewayRouteTableId');
    if (!rtb) continue;
    const list = staticRoutes.get(rtb) ?? [];
    for (const r of objs(raw, 'Routes')) {
      const destination = str(r, 'DestinationCidrBlock');
      if (!destination || str(r, 'Type') === 'propagated' || GONE.has(str(r, 'State') ?? '')) continue;
      const att = str(objs(r, 'TransitGatewayAttachments')[0], 'TransitGatewayAttachmentId');
      const target = str(r, 'State') === 'blackhole' || !att ? 'blackhole' : modelId(att);
      list.push({ id: `${rtb}:${list.length + 1}`, destination, target });
    }
    staticRoutes.set(rtb, list);
  }
  const propagations = new Map<string, string[]>();
  for (const { raw } of k.items('TransitGatewayPropagations')) {
    const rtb = str(raw, 'TransitGatewayRouteTableId');
    if (!rtb) continue;
    const ids = objs(raw, 'TransitGatewayRouteTablePropagations')
      .filter((p) => str(p, 'State') !== 'disabled')
      .map((p) => str(p, 'TransitGatewayAttachmentId'))
      .filter((x): x is string => !!x)
      .map(modelId);
    propagations.set(rtb, [...(propagations.get(rtb) ?? []), ...ids]);
  }
  for (const [key, call] of [
    ['TransitGatewayStaticRoutes', 'ec2 search-transit-gateway-routes (Batfish)'],
    ['TransitGatewayPropagations', 'ec2 get-transit-gateway-route-table-propagations (Batfish)'],
    ['TransitGatewayAssociations', 'ec2 get-transit-gateway-route-table-associations (Batfish)'],
  ] as const)
    if (k.items(key).length) k.keep(call, k.items(key).length);
  k.items('TransitGatewayRouteTables').forEach((it, i) => {
    const id = k.idOf(it, 'TransitGatewayRouteTables', i, 'TransitGatewayRouteTableId');
    if (!id || GONE.has(str(it.raw, 'State') ?? '')) return;
    k.add({
      kind: 'tgwRouteTable',
      id,
      name: nameTag(it.raw) ?? id,
      parent: k.regionFor(it, null),
      ...pos,
      transitGatewayId: str(it.raw, 'TransitGatewayId'),
      propagationIds: [...new Set(propagations.get(id) ?? [])],
      routes: staticRoutes.get(id) ?? [],
    });
    k.keep('ec2 describe-transit-gateway-route-tables');
  });

  // Virtual private gateways, with route propagation from the route tables that list them.
  const propagatingTables = new Map<string, string[]>();
  for (const { raw } of k.items('RouteTables')) {
    const rtb = str(raw, 'RouteTableId');
    for (const g of objs(raw, 'PropagatingVgws')) {
      const vgw = str(g, 'GatewayId');
      if (rtb && vgw) propagatingTables.set(vgw, [...(propagatingTables.get(vgw) ?? []), rtb]);
    }
  }
  k.items('VpnGateways').forEach((it, i) => {
    const id = k.idOf(it, 'VpnGateways', i, 'VpnGatewayId');
    if (!id || GONE.has(str(it.raw, 'State') ?? '')) return;
    const vpcId = objs(it.raw, 'VpcAttachments')
      .filter((a) => ['attached', 'attaching'].includes(str(a, 'State') ?? ''))
      .map((a) => str(a, 'VpcId'))
      .find((v) => v);
    if (vpcId) k.ensureVpc(vpcId, it, `virtual private gateway ${id}`);
    k.add({
      kind: 'vpnGateway',
      id,
      name: nameTag(it.raw) ?? id,
      parent: vpcId ?? k.regionFor(it, null),
      ...pos,
      amazonSideAsn: num(it.raw, 'AmazonSideAsn') ?? 64512,
      propagationRouteTableIds: vpcId ? (propagatingTables.get(id) ?? []) : [],
    });
    k.keep('ec2 describe-vpn-gateways');
  });

  k.items('CustomerGateways').forEach((it, i) => {
    const id = k.idOf(it, 'CustomerGateways', i, 'CustomerGatewayId');
    if (!id || GONE.has(str(it.raw, 'State') ?? '')) return;
    // The CLI prints BgpAsn as a string ("65534").
    const asn = Number(str(it.raw, 'BgpAsn') ?? num(it.raw, 'BgpAsn') ?? 65000);
    k.add({
      kind: 'customerGateway',
      id,
      name: nameTag(it.raw) ?? id,
      parent: null,
      ...pos,
      ipAddress: str(it.raw, 'IpAddress') ?? '',
      bgpAsn: Number.isInteger(asn) ? asn : 65000,
    });
    k.keep('ec2 describe-customer-gateways');
  });

  const vpnAssociation = new Map<string, string>();
  for (const [att, vpn] of vpnOfAttachment) {
    const rtb = association.get(att);
    if (rtb) vpnAssociation.set(vpn, rtb);
  }
  k.items('VpnConnections').forEach((it, i) => {
    const id = k.idOf(it, 'VpnConnections', i, 'VpnConnectionId');
    if (!id || GONE.has(str(it.raw, 'State') ?? '')) return;
    const staticOnly = bool(obj(it.raw, 'Options'), 'StaticRoutesOnly') === true;
    const cidrs = objs(it.raw, 'Routes')
      .filter((r) => !GONE.has(str(r, 'State') ?? ''))
      .map((r) => str(r, 'DestinationCidrBlock'))
      .filter((c): c is string => !!c);
    if (!staticOnly && cidrs.length === 0)
      k.problems.add(
        'info',
        'vpn-bgp-networks-unknown',
        it.file,
        { id },
        `${id} uses BGP: the networks it learns are in no describe output, so its on-premises networks are left empty (type them in the inspector).`,
      );
    const cgw = str(it.raw, 'CustomerGatewayId');
    if (cgw && !k.has(cgw, 'customerGateway'))
      k.missing(it.file, cgw, 'customer gateway', `VPN connection ${id}`, 'the VPN is drawn without its far end');
    k.add({
      kind: 'vpnConnection',
      id,
      name: nameTag(it.raw) ?? id,
      parent: k.regionFor(it, null),
      ...pos,
      customerGatewayId: cgw && k.has(cgw, 'customerGateway') ? cgw : null,
      vpnGatewayId: str(it.raw, 'VpnGatewayId'),
      transitGatewayId: str(it.raw, 'TransitGatewayId'),
      tgwRouteTableId: vpnAssociation.get(id) ?? null,
      staticRoutesOnly: staticOnly,
      onPremCidrs: [...new Set(cidrs)],
    });
    k.keep('ec2 describe-vpn-connections');
  });
  // References to what the input lacks: a gateway or table another account owns, say.
  for (const d of added) {
    for (const [field, kinds] of REFS[d.kind] ?? []) {
      const v = d[field];
      if (typeof v === 'string' && !kinds.some((kind) => k.has(v, kind))) {
        k.missing(
          null,
          v,
          kinds[0]!.replace(/([A-Z])/g, ' $1').toLowerCase(),
          `${d.kind} ${d.id}`,
          'the reference is left out',
        );
        d[field] = null;
      }
    }
    if (d.kind === 'tgwRouteTable') {
      const live = (t: string) => t === 'blackhole' || k.has(t, 'tgwAttachment') || k.has(t, 'vpnConnection');
      d.propagationIds = (d.propagationIds as string[]).filter(live);
    }
  }
}

const REFS: Readonly<Record<string, readonly [string, readonly string[]][]>> = {
  transitGateway: [
    ['associationDefaultRouteTableId', ['tgwRouteTable']],
    ['propagationDefaultRouteTableId', ['tgwRouteTable']],
  ],
  tgwAttachment: [
    ['transitGatewayId', ['transitGateway']],
    ['routeTableId', ['tgwRouteTable']],
  ],
  tgwRouteTable: [['transitGatewayId', ['transitGateway']]],
  vpnConnection: [
    ['vpnGatewayId', ['vpnGateway']],
    ['transitGatewayId', ['transitGateway']],
    ['tgwRouteTableId', ['tgwRouteTable']],
  ],
};
