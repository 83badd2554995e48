/**
 * An intent's sets (model/intents.ts), written the way users think ("all databases", "public
 * subnets", "web-*"), resolved to the traffic endpoints the access matrix knows: addressable
 * resources in a subnet, and the internet. Pure: a context in, ids out.
 *
 * "Public" and "private" subnets are the validator's (model/derived.ts `isPublicSubnet`, through
 * the context): a subnet whose route table routes to an internet gateway attached to its VPC.
 */
import { containsIp, contains, isRfc1918, type Cidr } from '../../model/cidr.ts';
import { isResourceKind, KINDS, type KindRole } from '../../model/kinds/index.ts';
import type { IntentSet } from '../../model/intents.ts';
import type { Resource, ResourceId } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { isKindWith, list, str } from '../safe.ts';

export interface ResolvedSet {
  /** Addressable resources in a subnet (matrix endpoints), in document order, each once. */
  readonly resources: readonly ResourceId[];
  /**
   * Whether the set holds the internet, and which part of it: `all`, or only the addresses of a
   * CIDR (a set `cidr: 203.0.113.0/24`). `null`: no internet.
   */
  readonly internet: null | { readonly all: true } | { readonly all: false; readonly cidr: Cidr };
  /** What the set names that the design does not hold (a deleted resource, a bad CIDR): the intent is not known. */
  readonly missing: readonly string[];
}

const NONE: ResolvedSet = { resources: [], internet: null, missing: [] };

/** Whether a resource is an endpoint of the matrix: addressable and placed in a subnet. */
function isEndpoint(ctx: ValidationContext, r: Resource): boolean {
  return isKindWith(r, 'addressable') && !!ctx.subnetOfResource(r.id);
}

/** The subnets a resource is in: its own, and every subnet a load balancer or database spans. */
function subnetsOfResource(ctx: ValidationContext, r: Resource): ResourceId[] {
  const own = ctx.subnetOfResource(r.id)?.id;
  const spans = isKindWith(r, 'spansSubnets') ? list<string>((r as { subnetIds?: unknown }).subnetIds) : [];
  return [...(own ? [own] : []), ...spans.filter((s) => typeof s === 'string')];
}

/**
 * A glob on names (and ids), case-insensitive: `*` any run of characters, `?` one character,
 * everything else literal. Written here rather than with picomatch or minimatch, which treat `/`
 * as a path separator (a resource name is no path).
 */
export function globToRegExp(pattern: string): RegExp {
  let src = '';
  for (const ch of pattern) {
    if (ch === '*') src += '.*';
    else if (ch === '?') src += '.';
    else src += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${src}$`, 'is');
}

function byPredicate(ctx: ValidationContext, keep: (r: Resource) => boolean): ResolvedSet {
  const resources: ResourceId[] = [];
  for (const r of ctx.index.byId.values()) if (isEndpoint(ctx, r) && keep(r)) resources.push(r.id);
  return { resources, internet: null, missing: [] };
}

/** Whether a CIDR reaches past the design's private space: RFC 1918 and the VPCs' blocks. */
function holdsInternet(ctx: ValidationContext, c: Cidr): boolean {
  if (isRfc1918(c)) return false;
  for (const v of ctx.index.ofKind('vpc')) if (ctx.vpcBlocks(v.id).some((b) => contains(b.cidr, c))) return false;
  return true;
}

/** The endpoints a set names, in the design `ctx` was built from. Never throws on garbage. */
export function resolveSet(ctx: ValidationContext, set: IntentSet): ResolvedSet {
  switch (set.type) {
    case 'internet':
      return { resources: [], internet: { all: true }, missing: [] };
    case 'resource': {
      const r = ctx.index.get(set.id);
      if (!r) return { ...NONE, missing: [set.id] };
      // A subnet or security group named as a resource means what it holds.
      if (r.kind === 'subnet') return resolveSet(ctx, { type: 'subnet', id: r.id });
      if (r.kind === 'securityGroup') return resolveSet(ctx, { type: 'securityGroup', id: r.id });
      return isEndpoint(ctx, r) ? { resources: [r.id], internet: null, missing: [] } : { ...NONE, missing: [set.id] };
    }
    case 'kind':
      if (!isResourceKind(set.kind)) return { ...NONE, missing: [set.kind] };
      return byPredicate(ctx, (r) => r.kind === set.kind);
    case 'role': {
      const role = set.role as KindRole;
      const known = Object.values(KINDS).some((d) => role in d.roles);
      if (!known) return { ...NONE, missing: [set.role] };
      return byPredicate(ctx, (r) => isKindWith(r, role));
    }
    case 'name': {
      const re = globToRegExp(set.pattern);
      return byPredicate(ctx, (r) => re.test(str(r.name) ?? '') || re.test(r.id));
    }
    case 'subnet': {
      const s = ctx.index.get(set.id);
      if (!s || s.kind !== 'subnet') return { ...NONE, missing: [set.id] };
      return byPredicate(ctx, (r) => subnetsOfResource(ctx, r).includes(set.id));
    }
    case 'subnets': {
      const wantPublic = set.which === 'public';
      return byPredicate(ctx, (r) => {
        const home = ctx.subnetOfResource(r.id);
        return !!home && ctx.isPublicSubnet(home.id) === wantPublic;
      });
    }
    case 'securityGroup': {
      const sg = ctx.index.get(set.id);
      if (!sg || sg.kind !== 'securityGroup') return { ...NONE, missing: [set.id] };
      const members = new Set(ctx.sgMembers(set.id).map((m) => m.id));
      return byPredicate(ctx, (r) => members.has(r.id));
    }
    case 'cidr': {
      const c = ctx.cidr(set.cidr);
      if (!c) return { ...NONE, missing: [set.cidr] };
      const inside = byPredicate(ctx, (r) => {
        const a = ctx.address(r.id);
        return a !== null && containsIp(c, a);
      });
      const internet = holdsInternet(ctx, c)
        ? c.prefix === 0
          ? { all: true as const }
          : { all: false as const, cidr: c }
        : null;
      return { ...inside, internet };
    }
    default:
      return { ...NONE, missing: [String((set as { type?: unknown }).type)] };
  }
}
