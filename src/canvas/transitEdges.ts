/**
 * The lines of transit gateways and site-to-site VPNs, always drawn as AWS diagrams draw them: each
 * VPC attachment to its transit gateway (the attachment sits on its VPC's edge, so the line runs
 * from the VPC to the gateway at Region level), each transit gateway route table to its gateway,
 * and each VPN connection to its customer gateway and to its virtual private or transit gateway.
 */
import type { Edge } from '@xyflow/react';
import type { DesignIndex } from '../model/index.ts';

export function transitEdges(index: DesignIndex): Edge[] {
  const edges: Edge[] = [];
  const line = (id: string, source: string | null, target: string | null, tone: string) => {
    if (source && target && index.byId.has(source) && index.byId.has(target))
      edges.push({ id, source, target, type: 'relation', data: { tone }, selectable: false, zIndex: 15 });
  };
  for (const a of index.ofKind('tgwAttachment')) line(`tgw:${a.id}`, a.id, a.transitGatewayId, 'tgw');
  for (const t of index.ofKind('tgwRouteTable')) line(`tgw-rtb:${t.id}`, t.id, t.transitGatewayId, 'tgw-rtb');
  for (const v of index.ofKind('vpnConnection')) {
    line(`vpn-cgw:${v.id}`, v.id, v.customerGatewayId, 'vpn');
    line(`vpn-gw:${v.id}`, v.vpnGatewayId ?? v.transitGatewayId, v.id, 'vpn');
  }
  return edges;
}
