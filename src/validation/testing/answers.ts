/** Test helper: everything a validation context answers, to compare two contexts of one design. */
import type { Design, Resource, ResourceKind } from '../../model/types.ts';
import { RESOURCE_KINDS } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';

/** Everything a context answers about a design, with resources as their position in `d.resources` (so a stale copy shows). */
export function answers(ctx: ValidationContext, d: Design): unknown {
  const ref = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(ref);
    if (x && typeof x === 'object' && 'kind' in x && 'id' in x) return `#${d.resources.indexOf(x as Resource)}`;
    return x;
  };
  const ids: (string | null)[] = [...d.resources.map((r) => r.id), 'missing', null];
  const per = ids.map((id) => {
    const i = ctx.index;
    const s = id ?? '';
    return {
      id,
      get: ref(i.get(id)),
      vpcOf: ref(i.vpcOf(id)),
      subnetOf: ref(i.subnetOf(id)),
      azOf: ref(i.azOf(id)),
      regionOf: ref(i.regionOf(id)),
      children: ref(i.children(id)),
      vpcBlocks: ctx.vpcBlocks(s).map((b) => b.text),
      subnetsOf: ref(ctx.subnetsOf(s)),
      routeTablesOf: ref(ctx.routeTablesOf(s)),
      naclsOf: ref(ctx.naclsOf(s)),
      securityGroupsOf: ref(ctx.securityGroupsOf(s)),
      igwsOf: ref(ctx.igwsOf(s)),
      peeringsOf: ref(ctx.peeringsOf(s)),
      explicitRouteTables: ref(ctx.explicitRouteTables(s)),
      explicitNacls: ref(ctx.explicitNacls(s)),
      routeTableOf: ref(ctx.routeTableOf(s)),
      naclOf: ref(ctx.naclOf(s)),
      zoneOf: ctx.zoneOf(s),
      subnetOfResource: ref(ctx.subnetOfResource(s)),
      address: ctx.address(s),
      sgsOf: ref(ctx.sgsOf(s)),
      sgMembers: ref(ctx.sgMembers(s)),
      isPublicSubnet: ctx.isPublicSubnet(s),
      peerOf: ctx.index.ofKind('peering').map((p) => ref(ctx.peerOf(p, s))),
    };
  });
  return {
    design: ctx.design === d || ctx.design.resources === d.resources,
    byId: [...ctx.index.byId.entries()].map(([k, v]) => [k, ref(v)]),
    ofKind: RESOURCE_KINDS.map((k: ResourceKind) => ref(ctx.index.ofKind(k))),
    per,
  };
}
