/**
 * "Who can reach this resource, on which ports?": every instance, load balancer and database of
 * the design, and the internet, each with exactly the traffic that gets through to the target,
 * over every protocol, port and internet address (the access matrix, validation/matrix: Network
 * Access Analyzer's enumeration, restricted to one destination, at design time). `ports` still
 * lists which of a standard port list (plus the ports the target's groups open) are among them.
 */
import { INTERNET, kindsWith } from '../../model/kinds/index.ts';
import { ipToInt } from '../../model/cidr.ts';
import { accessBetween } from '../matrix/access.ts';
import type { Endpoint } from '../matrix/endpoints.ts';
import { contains, format, isEmpty, type TrafficSet } from '../matrix/trafficSet.ts';
import type { Design, ResourceId, SgRule } from '../../model/types.ts';
import { buildContext, type ValidationContext } from '../context.ts';
import { list } from '../safe.ts';
import { analyzeInContext } from './analyze.ts';
import { effectiveSgs } from './sg.ts';
import type { ReachabilityAnswer } from './types.ts';

export const STANDARD_PORTS: readonly number[] = [22, 80, 443, 3306, 5432, 3389];
const MAX_PORTS = 24;

export interface SourceReach {
  /** `internet` or a resource id. */
  readonly source: string;
  /** The tried tcp ports (`WhoCanReach.ports`) on which the source reaches the target. */
  readonly ports: number[];
  /** Exactly the traffic that gets through, every protocol and port. */
  readonly allowed: TrafficSet;
  /** `allowed` in words: `tcp 80,443 · icmp`. */
  readonly traffic: string;
}

export interface WhoCanReach {
  readonly target: ResourceId;
  /** The tcp ports listed per source (a standard list plus the target's own), ascending. */
  readonly ports: number[];
  /** Every source that reaches the target with some traffic (the internet first). */
  readonly sources: SourceReach[];
}

/** The ports to try for a target: the standard list, its SG ingress ports, a database's port, listeners. */
export function portsFor(ctx: ValidationContext, targetId: ResourceId): number[] {
  const ports = new Set(STANDARD_PORTS);
  const r = ctx.index.get(targetId);
  if (r) {
    for (const sg of effectiveSgs(ctx, r)) {
      for (const rule of sg.ingress as readonly SgRule[]) {
        if (
          (rule.protocol === 'tcp' || rule.protocol === 'udp') &&
          Number.isInteger(rule.fromPort) &&
          rule.fromPort >= 0 &&
          rule.fromPort <= 65535
        ) {
          ports.add(rule.fromPort);
        }
      }
    }
    if (r.kind === 'rds' && Number.isInteger(r.port)) ports.add(r.port);
    if (r.kind === 'loadBalancer')
      for (const p of list<unknown>(r.listenerPorts)) if (Number.isInteger(p)) ports.add(p as number);
  }
  return [...ports]
    .filter((p) => p >= 0 && p <= 65535)
    .sort((a, b) => a - b)
    .slice(0, MAX_PORTS);
}

/** Which sources reach `targetId` over tcp, and on which ports. Never throws. */
export function whoCanReach(design: Design, targetId: ResourceId): WhoCanReach {
  try {
    const ctx = buildContext(design);
    return whoCanReachInContext(ctx, targetId);
  } catch {
    return { target: targetId, ports: [], sources: [] };
  }
}

export interface WhoCanReachOptions {
  /** Sources to try (default: the internet, then every instance, load balancer and database). */
  readonly sources?: readonly string[];
  /** The tcp ports to list per source (default: `portsFor`). */
  readonly ports?: readonly number[];
}

export function whoCanReachInContext(
  ctx: ValidationContext,
  targetId: ResourceId,
  opts: WhoCanReachOptions = {},
): WhoCanReach {
  const ports = opts.ports ? [...opts.ports] : portsFor(ctx, targetId);
  const sources: string[] = opts.sources ? [...opts.sources] : [INTERNET];
  if (!opts.sources) {
    for (const kind of kindsWith('workload')) {
      for (const r of ctx.index.ofKind(kind)) if (r.id !== targetId) sources.push(r.id);
    }
  }
  const out: SourceReach[] = [];
  const target: Endpoint = { kind: 'resource', id: targetId };
  for (const source of sources) {
    const from: Endpoint =
      source === INTERNET
        ? { kind: 'internet' }
        : ipToInt(source) !== null
          ? { kind: 'cidr', cidr: `${source}/32` }
          : { kind: 'resource', id: source };
    const { allowed } = accessBetween(ctx, from, target);
    if (isEmpty(allowed)) continue;
    out.push({ source, ports: ports.filter((p) => contains(allowed, 'tcp', p)), allowed, traffic: format(allowed) });
  }
  return { target: targetId, ports, sources: out };
}

export function reach(ctx: ValidationContext, from: string, to: string, port: number): ReachabilityAnswer {
  return analyzeInContext(ctx, { from, to, protocol: 'tcp', port });
}
