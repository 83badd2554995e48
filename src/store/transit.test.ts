import { describe, expect, it } from 'vitest';
import type { TgwAttachment, TgwRouteTable, TransitGateway, VpnConnection } from '../model/index.ts';
import { DesignBuilder } from '../validation/testing/builder.ts';
import { connectResources } from './connect.ts';
import { setTgwAssociation, setTgwPropagation } from './transit.ts';

function twoZones() {
  const b = new DesignBuilder();
  const region = b.region();
  const vpc = b.vpc(region, '10.0.0.0/16', { name: 'left' });
  const a = b.az(vpc, 'us-east-1a');
  const c = b.az(vpc, 'us-east-1b');
  const busy = b.subnet(a, '10.0.1.0/24');
  b.instance(busy);
  const quiet = b.subnet(a, '10.0.2.0/24');
  const other = b.subnet(c, '10.0.3.0/24');
  const tgw = b.resource('transitGateway', region, { name: 'hub' });
  return { b, region, vpc, busy, quiet, other, tgw };
}

describe('connecting a VPC to a transit gateway', () => {
  it('attaches it with one subnet per zone (an empty one where there is), creating the default route table', () => {
    const { b, vpc, quiet, other, tgw } = twoZones();
    const r = connectResources(b.build(), vpc, tgw);
    expect(r.ok && r.effect).toBe('attach-tgw');
    if (!r.ok) return;
    const att = r.design.resources.find((x) => x.kind === 'tgwAttachment') as TgwAttachment;
    const table = r.design.resources.find((x) => x.kind === 'tgwRouteTable') as TgwRouteTable;
    const gw = r.design.resources.find((x) => x.id === tgw) as TransitGateway;
    expect(att).toMatchObject({
      parent: vpc,
      transitGatewayId: tgw,
      subnetIds: [quiet, other],
      routeTableId: table.id,
    });
    expect(table).toMatchObject({ transitGatewayId: tgw, propagationIds: [att.id], name: 'hub-default-rtb' });
    expect(gw).toMatchObject({ associationDefaultRouteTableId: table.id, propagationDefaultRouteTableId: table.id });
    // Connecting again changes nothing; the other way round works alike.
    const again = connectResources(r.design, tgw, vpc);
    expect(again.ok && again.design).toBe(r.design);
  });

  it('a second VPC joins the existing default table; none is created when default association is off', () => {
    const { b, region, tgw } = twoZones();
    const v2 = b.vpc(region, '10.1.0.0/16', { name: 'right' });
    b.subnet(b.az(v2, 'us-east-1a'), '10.1.1.0/24');
    const first = connectResources(b.build(), b.resources.find((x) => x.kind === 'vpc')!.id, tgw);
    if (!first.ok) throw new Error('not attached');
    const second = connectResources(first.design, v2, tgw);
    if (!second.ok) throw new Error('not attached');
    expect(second.design.resources.filter((x) => x.kind === 'tgwRouteTable')).toHaveLength(1);
    const table = second.design.resources.find((x) => x.kind === 'tgwRouteTable') as TgwRouteTable;
    expect(table.propagationIds).toHaveLength(2);
  });

  it('a route table to a transit gateway adds a route the user then edits; a VPN connects to its ends', () => {
    const { b, region, vpc, tgw } = twoZones();
    const rt = b.routeTable(vpc, { main: true });
    const r = connectResources(b.build(), rt, tgw);
    expect(r.ok && r.effect).toBe('add-route');
    const cgw = b.resource('customerGateway', null);
    const vpn = b.resource('vpnConnection', region);
    const toCgw = connectResources(b.build(), vpn, cgw);
    if (!toCgw.ok) throw new Error('not connected');
    const toTgw = connectResources(toCgw.design, tgw, vpn);
    if (!toTgw.ok) throw new Error('not connected');
    expect(toTgw.design.resources.find((x) => x.id === vpn) as VpnConnection).toMatchObject({
      customerGatewayId: cgw,
      transitGatewayId: tgw,
      vpnGatewayId: null,
    });
  });

  it('a virtual private gateway connected to a VPC moves into it (attached)', () => {
    const { b, region, vpc } = twoZones();
    const vgw = b.resource('vpnGateway', region);
    const r = connectResources(b.build(), vgw, vpc);
    expect(r.ok && r.design.resources.find((x) => x.id === vgw)?.parent).toBe(vpc);
  });

  it('association and propagation edits', () => {
    const { b, vpc, tgw } = twoZones();
    const r = connectResources(b.build(), vpc, tgw);
    if (!r.ok) throw new Error('not attached');
    const att = r.design.resources.find((x) => x.kind === 'tgwAttachment')!.id;
    const table = r.design.resources.find((x) => x.kind === 'tgwRouteTable') as TgwRouteTable;
    const off = setTgwAssociation(r.design, att, null);
    expect((off.resources.find((x) => x.id === att) as TgwAttachment).routeTableId).toBeNull();
    const noProp = setTgwPropagation(off, table, att, false);
    expect((noProp.resources.find((x) => x.id === table.id) as TgwRouteTable).propagationIds).toEqual([]);
  });
});
