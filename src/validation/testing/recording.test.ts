/**
 * The recording view of a context (recording.ts), on small hand-written reads, not on the rules:
 * what a field read, a lookup, a containment lookup, a helper call, an iteration of every resource
 * and the flows each record, and that a rule sees one object per resource whichever way it got it.
 */
import { describe, expect, it } from 'vitest';
import type { Subnet } from '../../model/types.ts';
import { buildContext } from '../context.ts';
import { recorded } from './recording.ts';
import { DesignBuilder } from './builder.ts';

function design() {
  const b = new DesignBuilder();
  const vpc = b.vpc(b.region(), '10.0.0.0/16');
  const subnet = b.subnet(b.az(vpc), '10.0.1.0/24');
  const instance = b.instance(subnet);
  b.routeTable(vpc, { main: true });
  return { d: b.build(), vpc, subnet, instance };
}

const fields = (reads: ReturnType<typeof recorded>['reads'], kind: string) => {
  const f = reads.kinds.get(kind as never);
  return f === '*' ? '*' : f ? [...f].sort() : undefined;
};

describe('recorded', () => {
  it('records the fields read on the resources a lookup returns, and which resources of the kind exist', () => {
    const { d } = design();
    const { value, reads } = recorded(buildContext(d), (ctx) => ctx.index.ofKind('subnet').map((s) => s.cidr));
    expect(value).toEqual(['10.0.1.0/24']);
    expect(fields(reads, 'subnet')).toEqual(['cidr']);
    expect(fields(reads, 'vpc')).toBeUndefined();
    expect(reads.any || reads.all || reads.flows).toBe(false);
  });

  it('a containment lookup records the chain of the resource it starts from; a missing id records any', () => {
    const { d, instance } = design();
    const { reads } = recorded(buildContext(d), (ctx) => ctx.index.vpcOf(instance)?.cidrBlocks);
    expect(fields(reads, 'instance')).toEqual(['parent']);
    expect(fields(reads, 'vpc')).toEqual(['cidrBlocks']);
    expect(reads.any).toBe(false);
    expect(recorded(buildContext(d), (ctx) => ctx.index.get('nope')).reads.any).toBe(true);
    expect(recorded(buildContext(d), (ctx) => ctx.index.vpcOf(null)).reads.any).toBe(false);
  });

  it("a helper call records the helper's declared reads, its argument's chain, and the fields read on what it returns", () => {
    const { d, subnet } = design();
    const { reads } = recorded(buildContext(d), (ctx) => ctx.routeTableOf(subnet)?.routes);
    expect(fields(reads, 'routeTable')).toEqual(['main', 'parent', 'routes', 'subnetIds']);
    expect(fields(reads, 'subnet')).toEqual(['parent']);
    expect(reads.kinds.has('vpc')).toBe(true);
  });

  it('iterating every resource reads everything that exists; listing keys reads every field; flows read flows', () => {
    const { d } = design();
    const all = recorded(buildContext(d), (ctx) => [...ctx.index.byId.values()].length).reads;
    expect(all.any).toBe(true);
    for (const r of d.resources) expect(all.kinds.has(r.kind)).toBe(true);
    const keys = recorded(buildContext(d), (ctx) => ctx.index.ofKind('vpc').map((v) => Object.keys(v))).reads;
    expect(keys.kinds.get('vpc')).toBe('*');
    const flows = recorded(buildContext(d), (ctx) => ctx.design.flows.length).reads;
    expect(flows.flows).toBe(true);
    expect(flows.all).toBe(false);
  });

  it('hands a rule one object per resource, however it was found, equal to the resource', () => {
    const { d, subnet } = design();
    const { value } = recorded(buildContext(d), (ctx) => {
      const a = ctx.index.getKind(subnet, 'subnet');
      const b = ctx.index.ofKind('subnet')[0];
      const c = ctx.subnetOfResource(ctx.index.ofKind('instance')[0]!.id);
      return [a === b, b === c, a];
    });
    expect(value.slice(0, 2)).toEqual([true, true]);
    expect(value[2]).toEqual(d.resources.find((r): r is Subnet => r.id === subnet));
  });
});
