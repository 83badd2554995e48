/**
 * Describe results → the model: region › VPC › AZ › subnet › resources, with the associations,
 * rules and routes AWS reports. Ids are AWS's ids and names come from `Name` tags (else the id).
 *
 * What is not in the input is never guessed away: a subnet whose VPC is missing gets a placeholder
 * VPC, a rule naming a group that is not in the input gets a stub group (no rules), a route to a
 * transit gateway, VPN gateway, endpoint... that no input describes gets an `external` resource, a
 * route to a missing NAT gateway or peering stays as AWS keeps it (a blackhole the validator reports),
 * and each of these is a `missing-reference` problem. Resources AWS reports as gone (a terminated
 * instance, a deleted NAT gateway, a rejected peering) are left out with an info problem.
 */
import {
  DB_ENGINES,
  KINDS,
  LB_PROTOCOLS,
  answeringAction,
  type DbEngine,
  type ListenerAction,
} from '../../model/kinds/index.ts';
import type { Resource, ResourceKind } from '../../model/types.ts';
import type { Problems } from './problems.ts';
import { placeOfArn, placeOfPath, regionOfZone, type CallKey } from './recognise.ts';
import { bool, nameTag, num, obj, objs, str, strs, type Raw } from './raw.ts';
import { naclRules, sgRules } from './rules.ts';
import { convertTransit } from './transit.ts';
import { importEndpoints, ipv6Blocks, ipv6Of } from './endpoints.ts';

/** One entry of a describe list, with the input it came from. */
export interface Item {
  readonly raw: Raw;
  readonly file: string;
}

export type Lists = Partial<Record<CallKey, Item[]>>;

/** A resource being built (plain, mutable until the design is made). */
type Draft = { kind: ResourceKind; id: string; name: string; parent: string | null } & Record<string, unknown>;

export interface Converted {
  readonly resources: Resource[];
  readonly externals: { id: string; awsType: string; name: string }[];
  readonly kept: { call: string; count: number }[];
}

const DEFAULT_REGION = 'us-east-1';

/** Where a route target's id prefix says it points, for targets VPC Town keeps as external. */
const EXTERNAL_PREFIXES: readonly [string, string][] = [
  ['tgw-attach-', 'transit-gateway-attachment'],
  ['tgw-rtb-', 'transit-gateway-route-table'],
  ['tgw-', 'transit-gateway'],
  ['vgw-', 'vpn-gateway'],
  ['vpce-', 'vpc-endpoint'],
  ['eigw-', 'egress-only-internet-gateway'],
  ['cagw-', 'carrier-gateway'],
  ['lgw-', 'local-gateway'],
  ['eni-', 'network-interface'],
  ['arn:aws:networkmanager', 'core-network'],
];

/** Modelled kinds an active route may name although the input lacks them: kept as external. */
const ACTIVE_TARGET_TYPES: readonly [string, string][] = [
  ['nat-', 'nat-gateway'],
  ['pcx-', 'vpc-peering-connection'],
  ['i-', 'instance'],
];

export function awsTypeOfId(id: string): string {
  return EXTERNAL_PREFIXES.find(([p]) => id.startsWith(p))?.[1] ?? 'unknown';
}

export function convert(lists: Lists, problems: Problems): Converted {
  const drafts = new Map<string, Draft>();
  const externals: Converted['externals'] = [];
  const kept = new Map<string, number>();
  const keep = (call: string, n = 1) => kept.set(call, (kept.get(call) ?? 0) + n);
  const items = (k: CallKey) => lists[k] ?? [];
  const missing = (file: string | null, id: string, what: string, from: string, how: string) =>
    problems.add(
      'warning',
      'missing-reference',
      file,
      { id, what, from },
      `${from} refers to the ${what} ${id}, which is not in the input; ${how}.`,
    );

  const portOr = (p: number | null, fallback: number) => (p !== null && p >= 0 && p <= 65535 ? p : fallback);
  const add = (d: Draft, file = ''): Draft => {
    // One id, two kinds (a subnet given its VPC's id): the first is kept; the other stays out of the
    // design (a draft of its own that nothing finds), so no resource can end up inside itself.
    const had = drafts.get(d.id);
    if (had && had.kind !== d.kind) {
      problems.add(
        'warning',
        'duplicate',
        file,
        { id: d.id },
        `${d.id} names both a ${had.kind} and a ${d.kind}; the ${had.kind} is kept, the ${d.kind} is left out.`,
      );
      return d;
    }
    drafts.set(d.id, d);
    return d;
  };
  const baseOf = (kind: ResourceKind) =>
    KINDS[kind].container ? { position: { x: 0, y: 0 }, size: { ...KINDS[kind].size } } : { position: { x: 0, y: 0 } };

  /* ---------------------------------------------------------------- regions */

  // Accounts split regions only when the paths name them (`accounts/ACCOUNT/REGION/…`).
  const zoneRegion = new Map<string, string>(); // zone name → region, from describe-availability-zones
  const zoneIds = new Map<string, string>();
  for (const { raw } of items('AvailabilityZones')) {
    const zone = str(raw, 'ZoneName');
    if (!zone) continue;
    const region = str(raw, 'RegionName') ?? regionOfZone(zone);
    if (region) zoneRegion.set(zone, region);
    const zid = str(raw, 'ZoneId');
    if (zid) zoneIds.set(zone, zid);
  }
  const regionOf = (zone: string | null) => (zone ? (zoneRegion.get(zone) ?? regionOfZone(zone)) : null);
  // The VPCs' regions as their subnets' zones say, for inputs without a region in the path.
  const vpcZoneRegion = new Map<string, string>();
  for (const { raw } of items('Subnets')) {
    const v = str(raw, 'VpcId');
    const r = regionOf(str(raw, 'AvailabilityZone'));
    if (v && r && !vpcZoneRegion.has(v)) vpcZoneRegion.set(v, r);
  }
  const hints = new Map<string, number>();
  for (const list of Object.values(lists))
    for (const it of list ?? []) {
      const r = placeOfPath(it.file).region;
      if (r) hints.set(r, (hints.get(r) ?? 0) + 1);
    }
  for (const r of [...zoneRegion.values(), ...vpcZoneRegion.values()]) hints.set(r, (hints.get(r) ?? 0) + 1);
  let assumed = false;
  const fallbackRegion = (): string => {
    const best = [...hints].sort((a, b) => b[1] - a[1])[0];
    if (best) return best[0];
    if (!assumed) {
      assumed = true;
      problems.add(
        'info',
        'region-assumed',
        null,
        { region: DEFAULT_REGION },
        `No path, zone or ARN in the input names a region; the network is drawn in ${DEFAULT_REGION}. Put each region's files in a folder named after it (us-east-1/…) to say so.`,
      );
    }
    return DEFAULT_REGION;
  };
  const regionIds = new Map<string, string>();
  const ensureRegion = (region: string, account: string | null): string => {
    const key = `${account ?? ''}|${region}`;
    const known = regionIds.get(key);
    if (known) return known;
    const id = account ? `region-${account}-${region}` : `region-${region}`;
    add({
      kind: 'region',
      id,
      name: account ? `${region} (${account})` : region,
      parent: null,
      ...baseOf('region'),
      code: region,
    });
    regionIds.set(key, id);
    return id;
  };
  /** The region container an item sits in: its path's, else what its own fields say, else the input's usual one. */
  const regionFor = (it: Item | null, own: string | null): string => {
    const p = it ? placeOfPath(it.file) : { region: null, account: null };
    return ensureRegion(p.region ?? own ?? fallbackRegion(), p.account);
  };

  /* ---------------------------------------------------------------- VPCs, zones, subnets */

  const seen = new Map<string, { file: string; text: string }>();
  /** First time an id is seen in `call`: true; a repeat is reported and skipped. */
  const first = (call: string, id: string, it: Item): boolean => {
    const key = `${call}|${id}`;
    const text = JSON.stringify(it.raw);
    const prev = seen.get(key);
    if (!prev) {
      seen.set(key, { file: it.file, text });
      return true;
    }
    if (prev.text === text)
      problems.add(
        'info',
        'duplicate-same',
        it.file,
        { id },
        `${id} is in the input twice (also in ${prev.file}); kept once.`,
      );
    else
      problems.add(
        'warning',
        'duplicate',
        it.file,
        { id },
        `${id} is in the input twice with different contents; the one in ${prev.file} is kept.`,
      );
    return false;
  };
  const idOf = (it: Item, call: CallKey, index: number, key: string): string | null => {
    const id = str(it.raw, key);
    if (!id) {
      problems.add(
        'warning',
        'bad-item',
        it.file,
        { call, index, reason: key },
        `${it.file}: entry ${index + 1} of ${call} has no ${key}; skipped.`,
      );
      return null;
    }
    return first(call, id, it) ? id : null;
  };
  /** The VPC an entry sits in (made sure of with ensureVpc), or null with a warning: the entry is skipped. */
  const vpcOfItem = (it: Item, call: CallKey, index: number, id: string, what: string, why = ''): string | null => {
    const vpcId = str(it.raw, 'VpcId');
    if (!vpcId) {
      problems.add(
        'warning',
        'bad-item',
        it.file,
        { call, index, reason: 'VpcId' },
        `${id} has no VpcId${why}; skipped.`,
      );
      return null;
    }
    ensureVpc(vpcId, it, `${what} ${id}`);
    return vpcId;
  };

  const vpcFile = new Map<string, string>();
  items('Vpcs').forEach((it, i) => {
    const id = idOf(it, 'Vpcs', i, 'VpcId');
    if (!id) return;
    const blocks = objs(it.raw, 'CidrBlockAssociationSet')
      .filter((a) => {
        const state = str(obj(a, 'CidrBlockState'), 'State');
        return !state || state === 'associated' || state === 'associating';
      })
      .map((a) => str(a, 'CidrBlock'))
      .filter((c): c is string => c !== null);
    const primary = str(it.raw, 'CidrBlock');
    const cidrBlocks = primary ? [primary, ...blocks.filter((b) => b !== primary)] : blocks;
    const ipv6CidrBlocks = ipv6Blocks(it.raw);
    vpcFile.set(id, it.file);
    add({
      kind: 'vpc',
      id,
      name: nameTag(it.raw) ?? id,
      parent: regionFor(it, vpcZoneRegion.get(id) ?? null),
      ...baseOf('vpc'),
      cidrBlocks,
      flowLogs: false,
      isDefault: bool(it.raw, 'IsDefault') ?? false,
      ...(ipv6CidrBlocks.length ? { ipv6CidrBlocks } : {}),
    });
  });
  if (items('Vpcs').length)
    problems.add(
      'info',
      'flow-logs-unknown',
      null,
      { count: items('Vpcs').length },
      'describe-flow-logs is not read: the VPCs are marked as having no flow logs (BP-002 may say so).',
    );
  const placeholderVpcs = new Set<string>();
  /** The VPC `id`, created as a placeholder when the input does not describe it. */
  const ensureVpc = (
    id: string,
    it: Item | null,
    from: string,
    cidrs: readonly string[] = [],
    region: string | null = null,
  ) => {
    const d = drafts.get(id);
    if (d?.kind === 'vpc') return d;
    missing(it?.file ?? null, id, 'VPC', from, 'a placeholder VPC holds what belongs to it');
    placeholderVpcs.add(id);
    return add({
      kind: 'vpc',
      id,
      name: `${id} (not in the input)`,
      parent: regionFor(it, region ?? vpcZoneRegion.get(id) ?? null),
      ...baseOf('vpc'),
      cidrBlocks: [...cidrs],
      flowLogs: false,
      isDefault: false,
    });
  };
  const vpcOfDraft = (id: string | null): string | null => {
    // Bounded: input whose ids collide (a subnet named as its own VPC) can make a cycle of parents.
    let d = id ? drafts.get(id) : undefined;
    for (let depth = 0; d && depth < 16; depth++, d = d.parent ? drafts.get(d.parent) : undefined)
      if (d.kind === 'vpc') return d.id;
    return null;
  };
  const regionCodeOfVpc = (vpcId: string): string => {
    const r = drafts.get(drafts.get(vpcId)?.parent ?? '');
    return (r?.code as string | undefined) ?? DEFAULT_REGION;
  };
  const ensureAz = (vpcId: string, zone: string): string => {
    const id = `az-${vpcId}-${zone}`;
    if (!drafts.has(id)) {
      const zid = zoneIds.get(zone);
      add({ kind: 'az', id, name: zid ? `${zone} (${zid})` : zone, parent: vpcId, ...baseOf('az'), zone });
    }
    return id;
  };
  items('Subnets').forEach((it, i) => {
    const id = idOf(it, 'Subnets', i, 'SubnetId');
    if (!id) return;
    const vpcId = vpcOfItem(it, 'Subnets', i, id, 'subnet');
    if (!vpcId) return;
    const zone = str(it.raw, 'AvailabilityZone') ?? `${regionCodeOfVpc(vpcId)}a`;
    const ipv6Cidr = ipv6Blocks(it.raw)[0];
    add({
      kind: 'subnet',
      id,
      name: nameTag(it.raw) ?? id,
      parent: ensureAz(vpcId, zone),
      ...baseOf('subnet'),
      cidr: str(it.raw, 'CidrBlock') ?? '',
      mapPublicIpOnLaunch: bool(it.raw, 'MapPublicIpOnLaunch') ?? false,
      ...(ipv6Cidr ? { ipv6Cidr } : {}),
    });
  });
  /** The subnet `id`, as a placeholder (no CIDR known) in `vpcId` when the input lacks it; null without a VPC. */
  const ensureSubnet = (id: string | null, vpcId: string | null, zone: string | null, it: Item, from: string) => {
    if (id) {
      const d = drafts.get(id);
      if (d?.kind === 'subnet') return d.id;
    }
    if (!vpcId) return null;
    ensureVpc(vpcId, it, from);
    const sid = id ?? `subnet-unknown-${vpcId}`;
    if (drafts.get(sid)?.kind === 'subnet') return sid;
    if (id) missing(it.file, id, 'subnet', from, 'a placeholder subnet (CIDR unknown) holds it');
    add({
      kind: 'subnet',
      id: sid,
      name: `${sid} (not in the input)`,
      parent: ensureAz(vpcId, zone ?? `${regionCodeOfVpc(vpcId)}a`),
      ...baseOf('subnet'),
      cidr: '',
      mapPublicIpOnLaunch: false,
    });
    return sid;
  };

  /* ---------------------------------------------------------------- externals */

  const attrs = (pairs: [string, unknown][]) =>
    pairs.flatMap(([key, v]) => {
      if (v === null || v === undefined || v === '') return [];
      const value = Array.isArray(v) ? v.join(', ') : String(v);
      return value === '' ? [] : [{ key, value }];
    });
  const addExternal = (
    id: string,
    awsType: string,
    name: string,
    parent: string | null,
    vpcIds: readonly string[],
    attributes: { key: string; value: string }[],
  ) => {
    externals.push({ id, awsType, name });
    return add({ kind: 'external', id, name, parent, ...baseOf('external'), awsType, attributes, vpcIds: [...vpcIds] });
  };
  const knownVpcs = (ids: readonly (string | null)[]) => [
    ...new Set(ids.filter((v): v is string => !!v && drafts.get(v)?.kind === 'vpc')),
  ];

  /* ---------------------------------------------------------------- gateways, peering */

  items('InternetGateways').forEach((it, i) => {
    const id = idOf(it, 'InternetGateways', i, 'InternetGatewayId');
    if (!id) return;
    const vpcId = objs(it.raw, 'Attachments')
      .filter((a) => ['available', 'attached', 'attaching'].includes(str(a, 'State') ?? 'available'))
      .map((a) => str(a, 'VpcId'))
      .find((v) => v);
    if (vpcId) {
      ensureVpc(vpcId, it, `internet gateway ${id}`);
      add({ kind: 'igw', id, name: nameTag(it.raw) ?? id, parent: vpcId, ...baseOf('igw') });
    } else {
      problems.add(
        'info',
        'kept-external',
        it.file,
        { id, awsType: 'internet-gateway' },
        `${id} is attached to no VPC; kept as an external resource.`,
      );
      addExternal(
        id,
        'internet-gateway',
        nameTag(it.raw) ?? id,
        regionFor(it, null),
        [],
        attrs([['State', 'detached']]),
      );
    }
  });

  const eniOwner = new Map<string, string>(); // ENI id → the resource it belongs to
  const primaryEnis = new Set<string>(); // an instance's first interface: the instance's own fields
  const secondaryEnis: { eni: string; raw: Raw; it: Item; owner: string }[] = [];
  /** An interface beyond an instance's primary one, or a NAT gateway's, load balancer's or endpoint's. */
  const addEni = (eni: string, raw: Raw, it: Item, owner: string | null) => {
    if (drafts.has(eni)) return true;
    const subnet = str(raw, 'SubnetId');
    if (!subnet || drafts.get(subnet)?.kind !== 'subnet') return false;
    const publicIp = str(obj(raw, 'Association'), 'PublicIp');
    add({
      kind: 'networkInterface',
      id: eni,
      name: nameTag(raw) ?? eni,
      parent: subnet,
      ...baseOf('networkInterface'),
      ownerId: owner && drafts.has(owner) ? owner : null,
      privateIp: str(raw, 'PrivateIpAddress'),
      elasticIp: publicIp,
      securityGroupIds: groupsOf(
        objs(raw, 'Groups')
          .map((g) => str(g, 'GroupId'))
          .filter((g): g is string => !!g),
        vpcOfDraft(subnet),
        it,
        `network interface ${eni}`,
      ),
    });
    return true;
  };
  const natEip = new Map<string, string>();
  items('NatGateways').forEach((it, i) => {
    const id = idOf(it, 'NatGateways', i, 'NatGatewayId');
    if (!id) return;
    const state = str(it.raw, 'State');
    if (state === 'deleted' || state === 'deleting' || state === 'failed') {
      problems.add(
        'info',
        'skipped-state',
        it.file,
        { id, state },
        `${id} is ${state}; not imported (routes to it are blackholes).`,
      );
      return;
    }
    const parent = ensureSubnet(str(it.raw, 'SubnetId'), str(it.raw, 'VpcId'), null, it, `NAT gateway ${id}`);
    const connectivity = str(it.raw, 'ConnectivityType') === 'private' ? 'private' : 'public';
    const addrs = objs(it.raw, 'NatGatewayAddresses');
    for (const a of addrs) {
      const eni = str(a, 'NetworkInterfaceId');
      if (eni) eniOwner.set(eni, id);
    }
    const eip = connectivity === 'public' ? (addrs.map((a) => str(a, 'PublicIp')).find((p) => p) ?? null) : null;
    if (eip) natEip.set(eip, id);
    if (!parent) {
      addExternal(id, 'nat-gateway', nameTag(it.raw) ?? id, regionFor(it, null), [], attrs([['State', state]]));
      return;
    }
    add({ kind: 'nat', id, name: nameTag(it.raw) ?? id, parent, ...baseOf('nat'), connectivity, elasticIp: eip });
  });

  items('VpcPeeringConnections').forEach((it, i) => {
    const id = idOf(it, 'VpcPeeringConnections', i, 'VpcPeeringConnectionId');
    if (!id) return;
    const state = str(obj(it.raw, 'Status'), 'Code');
    if (state && state !== 'active' && state !== 'provisioning') {
      problems.add(
        'info',
        'skipped-state',
        it.file,
        { id, state },
        `${id} is ${state}; not imported (it carries no traffic).`,
      );
      return;
    }
    const side = (k: string) => {
      const info = obj(it.raw, k);
      const vpcId = str(info, 'VpcId');
      if (!vpcId) return null;
      const cidrs = [str(info, 'CidrBlock'), ...objs(info, 'CidrBlockSet').map((c) => str(c, 'CidrBlock'))].filter(
        (c, j, all): c is string => !!c && all.indexOf(c) === j,
      );
      ensureVpc(vpcId, it, `peering connection ${id}`, cidrs, str(info, 'Region'));
      return vpcId;
    };
    const requesterVpcId = side('RequesterVpcInfo');
    const accepterVpcId = side('AccepterVpcInfo');
    const regionId = requesterVpcId ? drafts.get(requesterVpcId)!.parent : regionFor(it, null);
    add({
      kind: 'peering',
      id,
      name: nameTag(it.raw) ?? id,
      parent: regionId,
      ...baseOf('peering'),
      requesterVpcId,
      accepterVpcId,
    });
  });

  /* ---------------------------------------------------------------- prefix lists */

  items('PrefixLists').forEach((it, i) => {
    const id = idOf(it, 'PrefixLists', i, 'PrefixListId');
    if (!id) return;
    add({
      kind: 'prefixList',
      id,
      name: str(it.raw, 'PrefixListName') ?? id,
      parent: regionFor(it, placeOfArn(str(it.raw, 'PrefixListArn') ?? '').region),
      ...baseOf('prefixList'),
      addressFamily: str(it.raw, 'AddressFamily') === 'IPv6' ? 'IPv6' : 'IPv4',
      entries: null,
    });
  });
  const ensurePrefixList = (id: string, it: Item, from: string, regionId: string | null) => {
    if (drafts.get(id)?.kind === 'prefixList') return;
    missing(it.file, id, 'prefix list', from, 'it is kept with unknown entries');
    add({
      kind: 'prefixList',
      id,
      name: id,
      parent: regionId,
      ...baseOf('prefixList'),
      addressFamily: 'IPv4',
      entries: null,
    });
  };

  /* ---------------------------------------------------------------- security groups */

  const sgItems: { it: Item; id: string; index: number }[] = [];
  items('SecurityGroups').forEach((it, i) => {
    const id = idOf(it, 'SecurityGroups', i, 'GroupId');
    if (id) sgItems.push({ it, id, index: i });
  });
  const sgIds = new Set(sgItems.map((s) => s.id));
  const stubs = new Map<string, { vpcId: string; it: Item; from: string }>();
  for (const { it, id, index } of sgItems) {
    const vpcId = vpcOfItem(it, 'SecurityGroups', index, id, 'security group', ' (EC2-Classic)');
    if (!vpcId) continue;
    const ingress = sgRules(objs(it.raw, 'IpPermissions'), `${id}:in`);
    const egress = sgRules(objs(it.raw, 'IpPermissionsEgress'), `${id}:out`);
    const v6 = ingress.ipv6 + egress.ipv6;
    if (v6)
      problems.add(
        'info',
        'ipv6-kept-aside',
        it.file,
        { id, count: v6 },
        `${id}: ${v6} IPv6 range(s) in its rules not modelled yet.`,
      );
    for (const g of [...ingress.groupRefs, ...egress.groupRefs]) {
      if (sgIds.has(g.groupId) || stubs.has(g.groupId)) continue;
      stubs.set(g.groupId, { vpcId: g.vpcId ?? vpcId, it, from: `security group ${id}` });
    }
    for (const pl of [...ingress.prefixLists, ...egress.prefixLists])
      ensurePrefixList(pl, it, `security group ${id}`, drafts.get(vpcId)!.parent);
    add({
      kind: 'securityGroup',
      id,
      name: nameTag(it.raw) ?? str(it.raw, 'GroupName') ?? id,
      parent: vpcId,
      ...baseOf('securityGroup'),
      description: str(it.raw, 'Description') ?? '',
      isDefault: str(it.raw, 'GroupName') === 'default',
      ingress: ingress.rules,
      egress: egress.rules,
    });
  }
  /** A group the input names but does not describe: a stub with no rules (admits nothing itself). */
  const ensureSg = (id: string, vpcId: string, it: Item, from: string) => {
    if (drafts.get(id)?.kind === 'securityGroup') return;
    ensureVpc(vpcId, it, from);
    missing(it.file, id, 'security group', from, 'a stub group with no rules stands for it');
    add({
      kind: 'securityGroup',
      id,
      name: `${id} (not in the input)`,
      parent: vpcId,
      ...baseOf('securityGroup'),
      description: 'Not in the imported input',
      isDefault: false,
      ingress: [],
      egress: [],
    });
  };
  for (const [id, s] of stubs) ensureSg(id, s.vpcId, s.it, s.from);
  const groupsOf = (ids: readonly string[], vpcId: string | null, it: Item, from: string) => {
    const out = [...new Set(ids)];
    if (vpcId) for (const g of out) ensureSg(g, vpcId, it, from);
    return out.filter((g) => drafts.get(g)?.kind === 'securityGroup');
  };

  /* ---------------------------------------------------------------- instances, ENIs, EIPs */

  items('Reservations').forEach((res, r) => {
    objs(res.raw, 'Instances').forEach((raw, i) => {
      const it: Item = { raw, file: res.file };
      const id = idOf(it, 'Reservations', r * 1000 + i, 'InstanceId');
      if (!id) return;
      const state = str(obj(raw, 'State'), 'Name');
      if (state === 'terminated' || state === 'shutting-down') {
        problems.add('info', 'skipped-state', it.file, { id, state }, `${id} is ${state}; not imported.`);
        return;
      }
      const vpcId = str(raw, 'VpcId');
      const zone = str(obj(raw, 'Placement'), 'AvailabilityZone');
      const parent = ensureSubnet(str(raw, 'SubnetId'), vpcId, zone, it, `instance ${id}`);
      const enis = [...objs(raw, 'NetworkInterfaces')].sort(
        (a, b) => (num(obj(a, 'Attachment'), 'DeviceIndex') ?? 0) - (num(obj(b, 'Attachment'), 'DeviceIndex') ?? 0),
      );
      enis.forEach((e, k) => {
        const eni = str(e, 'NetworkInterfaceId');
        if (!eni) return;
        eniOwner.set(eni, id);
        if (k === 0) primaryEnis.add(eni);
        else secondaryEnis.push({ eni, raw: e, it, owner: id });
      });
      const sgs = objs(raw, 'SecurityGroups')
        .map((g) => str(g, 'GroupId'))
        .filter((g): g is string => !!g);
      const publicIp = str(raw, 'PublicIpAddress');
      const owner = str(obj(enis[0], 'Association'), 'IpOwnerId');
      const elastic = !!publicIp && !!owner && owner !== 'amazon';
      if (!parent) {
        addExternal(
          id,
          'instance',
          nameTag(raw) ?? id,
          regionFor(it, regionOfZone(zone ?? '')),
          [],
          attrs([['PrivateIpAddress', str(raw, 'PrivateIpAddress')]]),
        );
        return;
      }
      add({
        kind: 'instance',
        id,
        name: nameTag(raw) ?? id,
        parent,
        ...baseOf('instance'),
        instanceType: str(raw, 'InstanceType') ?? '',
        privateIp: str(raw, 'PrivateIpAddress'),
        publicIp: publicIp ? (elastic ? 'elastic' : 'auto') : 'none',
        elasticIp: elastic ? publicIp : null,
        securityGroupIds: groupsOf(sgs, vpcOfDraft(parent), it, `instance ${id}`),
        ...(ipv6Of(enis[0]).length ? { ipv6Addresses: ipv6Of(enis[0]) } : {}),
      });
    });
  });

  for (const e of secondaryEnis) addEni(e.eni, e.raw, e.it, e.owner);

  /* ---------------------------------------------------------------- load balancers, RDS */

  const listenerPorts = new Map<string, number[]>();
  type ListenerDraft = {
    id: string;
    protocol: string;
    port: number;
    targetGroupId: string | null;
    action?: ListenerAction;
  };
  const listenerRecords = new Map<string, ListenerDraft[]>();
  const addListeners = (arn: string | null, list: readonly Raw[]) => {
    if (!arn) return;
    const ports = listenerPorts.get(arn) ?? [];
    const records = listenerRecords.get(arn) ?? [];
    for (const l of list) {
      const p = num(l, 'Port');
      if (p !== null && p >= 0 && p <= 65535 && !ports.includes(p)) ports.push(p);
      // The default action's target group: `TargetGroupArn`, or the first of a weighted `ForwardConfig`.
      const protocol = str(l, 'Protocol');
      const fwd = objs(l, 'DefaultActions').find((a) => str(a, 'Type') === 'forward');
      const tg =
        str(fwd, 'TargetGroupArn') ?? str(objs(obj(fwd, 'ForwardConfig'), 'TargetGroups')[0], 'TargetGroupArn');
      if (p !== null && p >= 0 && p <= 65535 && protocol && (LB_PROTOCOLS as readonly string[]).includes(protocol)) {
        // No forward: the load balancer answers itself (a fixed response, a redirect).
        const answer = fwd ? undefined : answeringAction(objs(l, 'DefaultActions').map((a) => str(a, 'Type')));
        records.push({
          id: str(l, 'ListenerArn') ?? `${arn}/listener/${p}`,
          protocol,
          port: p,
          targetGroupId: tg,
          ...(answer ? { action: answer } : {}),
        });
      }
    }
    listenerPorts.set(arn, ports);
    listenerRecords.set(arn, records);
  };
  // describe-load-balancer-attributes, per load balancer (the wrapper names it): cross-zone.
  const crossZone = new Map<string, boolean>();
  for (const { raw } of items('LoadBalancerAttributes')) {
    const arn = str(raw, 'LoadBalancerArn');
    const v = objs(raw, 'Attributes').find((a) => str(a, 'Key') === 'load_balancing.cross_zone.enabled');
    if (arn && v) crossZone.set(arn, str(v, 'Value') === 'true');
  }
  if (items('LoadBalancerAttributes').length)
    keep('elbv2 describe-load-balancer-attributes', items('LoadBalancerAttributes').length);
  for (const { raw } of items('Listeners')) addListeners(str(raw, 'LoadBalancerArn'), [raw]);
  for (const { raw } of items('LoadBalancerListeners'))
    addListeners(str(raw, 'LoadBalancerArn'), objs(raw, 'Listeners'));
  if (items('LoadBalancerListeners').length)
    keep('elbv2 describe-listeners (Batfish)', items('LoadBalancerListeners').length);

  const lbByName = new Map<string, string>();
  items('LoadBalancers').forEach((it, i) => {
    const id = idOf(it, 'LoadBalancers', i, 'LoadBalancerArn');
    if (!id) return;
    const vpcId = str(it.raw, 'VpcId');
    const lbName = str(it.raw, 'LoadBalancerName') ?? id;
    const type = str(it.raw, 'Type') ?? 'application';
    const zones = objs(it.raw, 'AvailabilityZones');
    const subnetIds = zones
      .map((z) => ensureSubnet(str(z, 'SubnetId'), vpcId, str(z, 'ZoneName'), it, `load balancer ${lbName}`))
      .filter((s): s is string => !!s);
    if (type === 'gateway' || !subnetIds.length) {
      problems.add(
        'info',
        'kept-external',
        it.file,
        { id, awsType: `${type}-load-balancer` },
        `${lbName} (${type} load balancer) is kept as an external resource.`,
      );
      addExternal(
        id,
        `${type}-load-balancer`,
        lbName,
        vpcId && drafts.has(vpcId) ? vpcId : regionFor(it, placeOfArn(id).region),
        knownVpcs([vpcId]),
        attrs([
          ['Type', type],
          ['Scheme', str(it.raw, 'Scheme')],
        ]),
      );
      keep('elbv2 describe-load-balancers');
      return;
    }
    const ports = listenerPorts.get(id);
    if (!ports)
      problems.add(
        'info',
        'no-listeners',
        it.file,
        { id: lbName },
        `${lbName}: no listener data (elbv2 describe-listeners); its ports are unknown.`,
      );
    const [wasName] = lbName.split('/');
    lbByName.set(wasName!, id);
    const arnTail = /:loadbalancer\/(.+)$/.exec(id)?.[1];
    if (arnTail) lbByName.set(arnTail, id);
    add({
      kind: 'loadBalancer',
      id,
      name: lbName,
      parent: subnetIds[0]!,
      ...baseOf('loadBalancer'),
      scheme: str(it.raw, 'Scheme') === 'internal' ? 'internal' : 'internet-facing',
      subnetIds,
      securityGroupIds: groupsOf(strs(it.raw, 'SecurityGroups'), vpcId, it, `load balancer ${lbName}`),
      listenerPorts: ports ?? [],
      lbType: type === 'network' ? 'network' : 'application',
      listeners: listenerRecords.get(id) ?? [],
      ...(type === 'network' ? { crossZone: crossZone.get(id) ?? false } : {}),
    });
  });

  const engineOf = (engine: string): DbEngine | null => {
    const e = engine.toLowerCase();
    if (e.startsWith('aurora')) return 'aurora';
    if (e.startsWith('sqlserver')) return 'sqlserver';
    if (e.startsWith('oracle')) return 'oracle';
    return (DB_ENGINES as readonly string[]).includes(e) ? (e as DbEngine) : null;
  };
  const rdsByVpc = new Map<string, string[]>();
  items('DBInstances').forEach((it, i) => {
    const id = idOf(it, 'DBInstances', i, 'DBInstanceIdentifier');
    if (!id) return;
    const group = obj(it.raw, 'DBSubnetGroup');
    const vpcId = str(group, 'VpcId');
    const zone = str(it.raw, 'AvailabilityZone');
    const subnets = objs(group, 'Subnets').map((s) => ({
      id: str(s, 'SubnetIdentifier'),
      zone: str(obj(s, 'SubnetAvailabilityZone'), 'Name'),
    }));
    const subnetIds = subnets
      .map((s) => ensureSubnet(s.id, vpcId, s.zone, it, `database ${id}`))
      .filter((s): s is string => !!s);
    const primary = subnets.find((s) => s.zone === zone && s.id && subnetIds.includes(s.id))?.id ?? subnetIds[0];
    const engineRaw = str(it.raw, 'Engine') ?? '';
    const engine = engineOf(engineRaw);
    if (!engine || !primary) {
      problems.add(
        'info',
        engine ? 'kept-external' : 'unsupported-engine',
        it.file,
        engine ? { id, awsType: 'db-instance' } : { id, engine: engineRaw },
        engine
          ? `${id} has no subnet group in the input; kept as an external resource.`
          : `${id}: the engine "${engineRaw}" is not one VPC Town models; kept as an external resource.`,
      );
      addExternal(
        id,
        'db-instance',
        id,
        vpcId && drafts.has(vpcId) ? vpcId : regionFor(it, null),
        knownVpcs([vpcId]),
        attrs([['Engine', engineRaw]]),
      );
      keep('rds describe-db-instances');
      return;
    }
    if (vpcId) rdsByVpc.set(vpcId, [...(rdsByVpc.get(vpcId) ?? []), id]);
    add({
      kind: 'rds',
      id,
      name: id,
      parent: primary,
      ...baseOf('rds'),
      engine,
      port: portOr(num(obj(it.raw, 'Endpoint'), 'Port') ?? num(it.raw, 'DbInstancePort'), 5432),
      publiclyAccessible: bool(it.raw, 'PubliclyAccessible') ?? false,
      subnetIds,
      securityGroupIds: groupsOf(
        objs(it.raw, 'VpcSecurityGroups')
          .map((g) => str(g, 'VpcSecurityGroupId'))
          .filter((g): g is string => !!g),
        vpcId,
        it,
        `database ${id}`,
      ),
      privateIp: null,
    });
  });

  /* ---------------------------------------------------------------- kept as external */

  importEndpoints({
    items,
    drafts,
    add,
    addExternal,
    attrs,
    ensureVpc,
    ensurePrefixList,
    groupsOf,
    regionFor,
    knownVpcs,
    eniOwner,
    keep,
    baseOf,
    missing,
  });

  convertTransit({
    items,
    idOf,
    add,
    has: (id, kind) => drafts.get(id)?.kind === kind,
    regionFor,
    ensureVpc: (id, it, from) => ensureVpc(id, it, from),
    keep,
    missing,
    problems,
  });
  if (items('LoadBalancerTargetHealth').length)
    keep('elbv2 describe-target-health (Batfish)', items('LoadBalancerTargetHealth').length);
  const targets = new Map<string, Raw[]>();
  for (const { raw } of items('LoadBalancerTargetHealth')) {
    const tg = str(raw, 'TargetGroupArn');
    if (tg)
      targets.set(tg, [
        ...(targets.get(tg) ?? []),
        ...objs(raw, 'TargetHealthDescriptions').map((t) => obj(t, 'Target') ?? {}),
      ]);
  }
  const preserve = new Map<string, boolean>();
  for (const { raw } of items('TargetGroupAttributes')) {
    const arn = str(raw, 'TargetGroupArn');
    const v = objs(raw, 'Attributes').find((a) => str(a, 'Key') === 'preserve_client_ip.enabled');
    if (arn && v) preserve.set(arn, str(v, 'Value') === 'true');
  }
  if (items('TargetGroupAttributes').length)
    keep('elbv2 describe-target-group-attributes', items('TargetGroupAttributes').length);
  items('TargetGroups').forEach((it, i) => {
    const id = idOf(it, 'TargetGroups', i, 'TargetGroupArn');
    if (!id) return;
    const vpcId = str(it.raw, 'VpcId');
    const vpcs = knownVpcs([vpcId]);
    const type = str(it.raw, 'TargetType');
    const protocol = str(it.raw, 'Protocol');
    const port = num(it.raw, 'Port');
    const name = str(it.raw, 'TargetGroupName') ?? id;
    if (
      vpcId &&
      drafts.get(vpcId)?.kind === 'vpc' &&
      (type === 'instance' || type === 'ip') &&
      protocol &&
      (LB_PROTOCOLS as readonly string[]).includes(protocol) &&
      port !== null
    ) {
      const list: Record<string, unknown>[] = [];
      targets.get(id)?.forEach((t, k) => {
        const tid = str(t, 'Id');
        if (!tid) return;
        const tport = num(t, 'Port');
        if (type === 'instance' && drafts.get(tid)?.kind !== 'instance') {
          missing(it.file, tid, 'instance', `target group ${name}`, 'the target is left out');
          return;
        }
        list.push({
          id: `tgt-${name}-${k + 1}`,
          instanceId: type === 'instance' ? tid : null,
          ip: type === 'ip' ? tid : null,
          port: tport !== null && tport !== port ? tport : null,
        });
      });
      if (!targets.has(id))
        problems.add(
          'info',
          'no-targets',
          it.file,
          { id: name },
          `${name}: no target data (elbv2 describe-target-health); its targets are unknown.`,
        );
      add({
        kind: 'targetGroup',
        id,
        name,
        parent: vpcId,
        ...baseOf('targetGroup'),
        protocol,
        port,
        targetType: type,
        targets: list,
        ...(preserve.has(id) ? { preserveClientIp: preserve.get(id) } : {}),
      });
      return;
    }
    addExternal(
      id,
      'target-group',
      str(it.raw, 'TargetGroupName') ?? id,
      vpcs[0] ?? regionFor(it, placeOfArn(id).region),
      vpcs,
      attrs([
        ['Protocol', str(it.raw, 'Protocol')],
        ['Port', num(it.raw, 'Port')],
        ['TargetType', str(it.raw, 'TargetType')],
        ['LoadBalancerArns', strs(it.raw, 'LoadBalancerArns')],
        ['Targets', targets.get(id)?.length],
      ]),
    );
    keep('elbv2 describe-target-groups');
  });

  /* ---------------------------------------------------------------- network interfaces */

  items('NetworkInterfaces').forEach((it, i) => {
    const id = idOf(it, 'NetworkInterfaces', i, 'NetworkInterfaceId');
    if (!id) return;
    const att = obj(it.raw, 'Attachment');
    const instanceId = str(att, 'InstanceId');
    const desc = str(it.raw, 'Description') ?? '';
    const type = str(it.raw, 'InterfaceType') ?? 'interface';
    const vpcId = str(it.raw, 'VpcId');
    let owner = eniOwner.get(id) ?? (instanceId && drafts.has(instanceId) ? instanceId : undefined);
    if (!owner && desc.startsWith('ELB '))
      owner = lbByName.get(desc.slice(4)) ?? lbByName.get(desc.slice(4).split('/')[1] ?? '');
    if (!owner && desc.startsWith('RDSNetworkInterface') && vpcId) {
      const dbs = rdsByVpc.get(vpcId) ?? [];
      if (dbs.length === 1) owner = dbs[0];
    }
    if (owner && drafts.has(id)) return; // a secondary interface, from describe-instances
    const kindOfOwner = owner ? drafts.get(owner)?.kind : undefined;
    const ownsEni =
      kindOfOwner === 'nat' ||
      kindOfOwner === 'loadBalancer' ||
      kindOfOwner === 'external' ||
      (kindOfOwner === 'instance' && !primaryEnis.has(id) && (num(att, 'DeviceIndex') ?? 0) > 0);
    if (owner && ownsEni && addEni(id, it.raw, it, owner)) {
      eniOwner.set(id, owner);
      keep('ec2 describe-network-interfaces');
      return;
    }
    if (owner) {
      eniOwner.set(id, owner);
      const d = drafts.get(owner);
      // The ENI's groups belong to its owner (AWS attaches security groups to interfaces).
      if (d && Array.isArray(d.securityGroupIds)) {
        const groups = objs(it.raw, 'Groups')
          .map((g) => str(g, 'GroupId'))
          .filter((g): g is string => !!g);
        d.securityGroupIds = groupsOf(
          [...(d.securityGroupIds as string[]), ...groups],
          vpcOfDraft(owner),
          it,
          `network interface ${id}`,
        );
      }
      return;
    }
    const subnet = str(it.raw, 'SubnetId');
    const parent =
      subnet && drafts.get(subnet)?.kind === 'subnet'
        ? subnet
        : vpcId && drafts.has(vpcId)
          ? vpcId
          : regionFor(it, regionOfZone(str(it.raw, 'AvailabilityZone') ?? ''));
    eniOwner.set(id, id);
    addExternal(
      id,
      'network-interface',
      nameTag(it.raw) ?? (desc || id),
      parent,
      knownVpcs([vpcId]),
      attrs([
        ['InterfaceType', type],
        ['Description', desc],
        ['RequesterId', str(it.raw, 'RequesterId')],
        ['PrivateIpAddress', str(it.raw, 'PrivateIpAddress')],
        ['PublicIp', str(obj(it.raw, 'Association'), 'PublicIp')],
        ['InstanceId', instanceId],
        ['Groups', objs(it.raw, 'Groups').map((g) => str(g, 'GroupId'))],
      ]),
    );
    keep('ec2 describe-network-interfaces');
  });

  items('Addresses').forEach((it, i) => {
    const ip = str(it.raw, 'PublicIp');
    const id = idOf(it, 'Addresses', i, 'PublicIp');
    if (!id || !ip) return;
    const eni = str(it.raw, 'NetworkInterfaceId');
    const target = str(it.raw, 'InstanceId') ?? (eni ? eniOwner.get(eni) : undefined) ?? natEip.get(ip);
    const onEni = eni ? drafts.get(eni) : undefined;
    const d = onEni?.kind === 'networkInterface' ? onEni : target ? drafts.get(target) : undefined;
    if (d?.kind === 'networkInterface') d.elasticIp = ip;
    else if (d?.kind === 'instance') {
      d.publicIp = 'elastic';
      d.elasticIp = ip;
    } else if (d?.kind === 'nat') {
      if (d.connectivity === 'public') d.elasticIp = ip;
    } else if (!target && !eni) {
      problems.add('info', 'eip-unassociated', it.file, { ip }, `The Elastic IP ${ip} is associated with nothing.`);
    } else if (!d) {
      missing(it.file, target ?? eni ?? '', 'resource', `Elastic IP ${ip}`, 'the address is not imported');
    }
  });

  /* ---------------------------------------------------------------- route tables */

  const localCidrs = new Map<string, string[]>();
  items('RouteTables').forEach((it, i) => {
    const id = idOf(it, 'RouteTables', i, 'RouteTableId');
    if (!id) return;
    const vpcId = vpcOfItem(it, 'RouteTables', i, id, 'route table');
    if (!vpcId) return;
    const assoc = objs(it.raw, 'Associations').filter((a) => {
      const s = str(obj(a, 'AssociationState'), 'State');
      return !s || s === 'associated' || s === 'associating';
    });
    const main = assoc.some((a) => bool(a, 'Main') === true);
    const subnetIds: string[] = [];
    for (const a of assoc) {
      const s = str(a, 'SubnetId');
      if (!s || subnetIds.includes(s)) continue;
      if (drafts.get(s)?.kind === 'subnet') subnetIds.push(s);
      else missing(it.file, s, 'subnet', `route table ${id}`, 'the association is left out');
    }
    const v6 = 0;
    const routes: { id: string; destination: string; target: string }[] = [];
    for (const r of objs(it.raw, 'Routes')) {
      const destination =
        str(r, 'DestinationCidrBlock') ?? str(r, 'DestinationIpv6CidrBlock') ?? str(r, 'DestinationPrefixListId');
      if (!destination) continue;
      const gw = str(r, 'GatewayId');
      let target =
        gw ??
        str(r, 'NatGatewayId') ??
        str(r, 'VpcPeeringConnectionId') ??
        str(r, 'InstanceId') ??
        str(r, 'TransitGatewayId') ??
        str(r, 'EgressOnlyInternetGatewayId') ??
        str(r, 'CarrierGatewayId') ??
        str(r, 'LocalGatewayId') ??
        str(r, 'CoreNetworkArn') ??
        str(r, 'NetworkInterfaceId');
      if (!target) continue;
      if (target === 'local') {
        localCidrs.set(vpcId, [...(localCidrs.get(vpcId) ?? []), destination]);
      } else if (target.startsWith('eni-')) {
        const owner = eniOwner.get(target);
        if (owner) target = owner;
      }
      if (destination.startsWith('pl-'))
        ensurePrefixList(destination, it, `route table ${id}`, drafts.get(vpcId)!.parent);
      if (target !== 'local' && !drafts.has(target)) {
        const awsType = awsTypeOfId(target);
        if (awsType !== 'unknown' && (awsType !== 'network-interface' || str(r, 'State') !== 'blackhole')) {
          missing(
            it.file,
            target,
            awsType.replace(/-/g, ' '),
            `route table ${id}`,
            'it is kept as an external resource',
          );
          addExternal(
            target,
            awsType,
            target,
            target.startsWith('eni-') ? vpcId : drafts.get(vpcId)!.parent,
            [vpcId],
            attrs([['Seen in', id]]),
          );
        } else if (str(r, 'State') === 'blackhole') {
          // A NAT gateway, peering, IGW or instance that is gone: AWS keeps the route as a blackhole.
          missing(it.file, target, 'route target', `route table ${id}`, 'the route is kept as a blackhole');
        } else if (target.startsWith('igw-')) {
          // An active route to an internet gateway: AWS says it exists and is attached to this VPC.
          missing(
            it.file,
            target,
            'internet gateway',
            `route table ${id}`,
            'a placeholder gateway attached to its VPC stands for it',
          );
          add({ kind: 'igw', id: target, name: `${target} (not in the input)`, parent: vpcId, ...baseOf('igw') });
        } else {
          // An active route to something the input does not describe: where it leads is not known.
          const type = ACTIVE_TARGET_TYPES.find(([p]) => target.startsWith(p))?.[1] ?? 'unknown';
          missing(it.file, target, type.replace(/-/g, ' '), `route table ${id}`, 'it is kept as an external resource');
          addExternal(target, type, target, drafts.get(vpcId)!.parent, [vpcId], attrs([['Seen in', id]]));
        }
      }
      routes.push({ id: `${id}:${routes.length + 1}`, destination, target });
    }
    if (v6)
      problems.add(
        'info',
        'ipv6-kept-aside',
        it.file,
        { id, count: v6 },
        `${id}: ${v6} IPv6 route(s) not modelled yet.`,
      );
    add({
      kind: 'routeTable',
      id,
      name: nameTag(it.raw) ?? id,
      parent: vpcId,
      ...baseOf('routeTable'),
      main,
      routes,
      subnetIds,
    });
  });
  // A placeholder VPC's blocks are what its route tables' local routes say.
  for (const v of placeholderVpcs) {
    const d = drafts.get(v)!;
    if ((d.cidrBlocks as string[]).length === 0) d.cidrBlocks = [...new Set(localCidrs.get(v) ?? [])];
  }

  /* ---------------------------------------------------------------- network ACLs */

  items('NetworkAcls').forEach((it, i) => {
    const id = idOf(it, 'NetworkAcls', i, 'NetworkAclId');
    if (!id) return;
    const vpcId = vpcOfItem(it, 'NetworkAcls', i, id, 'network ACL');
    if (!vpcId) return;
    const { rules, ipv6 } = naclRules(objs(it.raw, 'Entries'), id);
    if (ipv6)
      problems.add(
        'info',
        'ipv6-kept-aside',
        it.file,
        { id, count: ipv6 },
        `${id}: ${ipv6} IPv6 rule(s) not modelled yet.`,
      );
    const subnetIds: string[] = [];
    for (const a of objs(it.raw, 'Associations')) {
      const s = str(a, 'SubnetId');
      if (!s || subnetIds.includes(s)) continue;
      if (drafts.get(s)?.kind === 'subnet') subnetIds.push(s);
      else missing(it.file, s, 'subnet', `network ACL ${id}`, 'the association is left out');
    }
    add({
      kind: 'nacl',
      id,
      name: nameTag(it.raw) ?? id,
      parent: vpcId,
      ...baseOf('nacl'),
      isDefault: bool(it.raw, 'IsDefault') ?? false,
      rules,
      subnetIds,
    });
  });

  for (const d of drafts.values()) {
    if (d.kind !== 'loadBalancer') continue;
    for (const l of d.listeners as ListenerDraft[]) {
      if (!l.targetGroupId || drafts.get(l.targetGroupId)?.kind === 'targetGroup') continue;
      missing(
        null,
        l.targetGroupId,
        'target group',
        `listener ${l.protocol} ${l.port} of ${d.name}`,
        'the listener forwards to none',
      );
      l.targetGroupId = null;
    }
  }

  return {
    resources: [...drafts.values()] as unknown as Resource[],
    externals,
    kept: [...kept].map(([call, count]) => ({ call, count })),
  };
}
