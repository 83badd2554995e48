/**
 * What a resource's node shows under its name: its kind's `details` (kinds/details.ts), asked
 * with a context drawn from the design's index.
 */
import { effectiveNacl, effectiveRouteTable, isPublicSubnet } from './derived.ts';
import type { DesignIndex } from './graph.ts';
import { kindDef } from './kinds/index.ts';
import type { DetailContext, NodeDetails } from './kinds/details.ts';
import type { Resource } from './types.ts';

export type { DetailChip, DetailText, NodeDetails } from './kinds/details.ts';

/** The context `details` read the design through. */
export function detailContext(index: DesignIndex): DetailContext {
  return {
    vpcName: (id) => index.getKind(id, 'vpc')?.name,
    securityGroups: (ids) => ids.map((id) => index.getKind(id, 'securityGroup')).filter((sg) => !!sg),
    subnetUses: (id) => ({
      routeTable: effectiveRouteTable(index, id)?.name,
      nacl: effectiveNacl(index, id)?.name,
      isPublic: isPublicSubnet(index, id),
    }),
  };
}

/** A resource's node details, from its kind's definition. */
export function nodeDetails(r: Resource, ctx: DetailContext): NodeDetails {
  return (kindDef(r.kind).details as (r: Resource, ctx: DetailContext) => NodeDetails)(r, ctx);
}
