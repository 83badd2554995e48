/**
 * Connecting a route table to a VPC endpoint or an egress-only internet gateway (connect.ts hands
 * these over): a gateway endpoint is associated with the table, and AWS adds a route to the
 * service's AWS-managed prefix list through it
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html#gateway-endpoint-routing);
 * an egress-only gateway gets the IPv6 default route `::/0`
 * (https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html).
 */
import {
  type Design,
  type GatewayEndpoint,
  type PrefixList,
  type Resource,
  type RouteTable,
  indexDesign,
  newRecordId,
} from '../model/index.ts';
import { standInPrefixListId } from '../model/kinds/vpcEndpointServices.ts';

function replace(design: Design, r: Resource): Design {
  return { ...design, resources: design.resources.map((x) => (x.id === r.id ? r : x)) };
}

/**
 * The id of the service's prefix list: the endpoint's own, a list in the design named for the
 * service, or a stand-in (its entries unknown until an import brings them).
 */
function prefixListFor(design: Design, ep: GatewayEndpoint): string {
  if (ep.prefixListId) return ep.prefixListId;
  const named = design.resources.find((r) => r.kind === 'prefixList' && r.name === ep.serviceName);
  return named?.id ?? standInPrefixListId(ep.serviceName);
}

/** Associate `table` with the gateway endpoint: the endpoint lists it, the table routes the service's list to it. */
export function associateGatewayEndpoint(design: Design, table: RouteTable, ep: GatewayEndpoint): Design {
  const index = indexDesign(design);
  const pl = prefixListFor(design, ep);
  let next = design;
  if (!index.get(pl)) {
    const region = index.regionOf(ep.id);
    const list: PrefixList = {
      kind: 'prefixList',
      id: pl,
      name: ep.serviceName,
      parent: region?.id ?? null,
      position: { x: 24, y: Math.max(40, (region?.size.height ?? 200) - 110) },
      addressFamily: 'IPv4',
      entries: null,
    };
    next = { ...next, resources: [...next.resources, list] };
  }
  const routes = table.routes.filter((r) => r.destination !== pl);
  next = replace(next, { ...table, routes: [...routes, { id: newRecordId('r'), destination: pl, target: ep.id }] });
  return replace(next, {
    ...ep,
    prefixListId: pl,
    routeTableIds: ep.routeTableIds.includes(table.id) ? ep.routeTableIds : [...ep.routeTableIds, table.id],
  });
}

/** The reverse: the endpoint no longer lists the table, and the table loses its route to the endpoint. */
export function dissociateGatewayEndpoint(design: Design, table: RouteTable, ep: GatewayEndpoint): Design {
  const next = replace(design, { ...table, routes: table.routes.filter((r) => r.target !== ep.id) });
  return replace(next, { ...ep, routeTableIds: ep.routeTableIds.filter((id) => id !== table.id) });
}

/** The route a table gets when connected to an egress-only gateway: IPv6 default, replacing any other `::/0`. */
export function routeToEgressOnly(table: RouteTable, eigwId: string): RouteTable {
  const routes = table.routes.filter((r) => r.destination !== '::/0');
  return { ...table, routes: [...routes, { id: newRecordId('r'), destination: '::/0', target: eigwId }] };
}
