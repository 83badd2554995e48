import { describe, expect, it } from 'vitest';
import { moveResources, updateResource } from '../model/ops.ts';
import type { Design, Resource, SecurityGroup, Subnet } from '../model/types.ts';
import { buildContext } from './context.ts';
import { createIncrementalValidator } from './incremental.ts';
import { validate } from './index.ts';
import { RULES } from './rules/index.ts';
import { checkRule } from './run.ts';
import { answers } from './testing/answers.ts';
import { DesignBuilder, webApp } from './testing/builder.ts';
import { largeDesign } from './testing/large.ts';

const fresh = (d: Design) => validate({ ...d });

function sgEdit(d: Design, sgId: string, port: number): Design {
  const sg = d.resources.find((r) => r.id === sgId) as SecurityGroup;
  return updateResource<SecurityGroup>(d, sgId, {
    ingress: [{ ...sg.ingress[0]!, fromPort: port, toPort: port }, ...sg.ingress.slice(1)],
  });
}

describe('createIncrementalValidator', () => {
  const d = largeDesign(3);
  const sgId = d.resources.find((r) => r.kind === 'securityGroup')!.id;

  /** The rules whose findings differ between two designs (each rule run alone on fresh contexts). */
  const changedRules = (a: Design, b: Design) => {
    const ca = buildContext({ ...a });
    const cb = buildContext({ ...b });
    return RULES.filter((r) => JSON.stringify(checkRule(r, ca)) !== JSON.stringify(checkRule(r, cb))).map((r) => r.id);
  };

  it('validates the first design in full, then re-runs only a few rules after an SG rule edit, every rule it changes among them', () => {
    const v = createIncrementalValidator();
    expect(v.validate(d)).toEqual(fresh(d));
    expect(v.last.mode).toBe('full');
    const next = sgEdit(d, sgId, 22);
    expect(v.validate(next)).toEqual(fresh(next));
    expect(v.last.mode).toBe('incremental');
    const changed = changedRules(d, next);
    expect(changed.length).toBeGreaterThan(0);
    expect(v.last.rerun).toEqual(expect.arrayContaining(changed));
    expect(v.last.rerun.length).toBeLessThan(RULES.length / 4);
    expect(v.validate(next)).toBe(v.validate(next));
    expect(v.last.mode).toBe('same');
  });

  it('a subnet CIDR edit (out of its VPC) re-runs every rule it changes, and under half of the rules', () => {
    const v = createIncrementalValidator();
    v.validate(d);
    const subnet = d.resources.find((r): r is Subnet => r.kind === 'subnet')!;
    const next = updateResource<Subnet>(d, subnet.id, { cidr: '172.31.200.0/24' });
    expect(v.validate(next)).toEqual(fresh(next));
    const changed = changedRules(d, next);
    expect(changed.length).toBeGreaterThan(0);
    expect(v.last.rerun).toEqual(expect.arrayContaining(changed));
    expect(v.last.rerun.length).toBeLessThan(RULES.length / 2);
  });

  it('moving and renaming re-run nothing and keep the same findings array', () => {
    const v = createIncrementalValidator();
    const before = v.validate(d);
    const moved = moveResources(d, new Map(d.resources.slice(0, 50).map((r, i) => [r.id, { x: i, y: i }])));
    const renamed = updateResource(moved, sgId, { name: 'renamed' });
    expect(v.validate(renamed)).toBe(before);
    expect(v.last).toEqual({ mode: 'incremental', rerun: [] });
    expect(before).toEqual(fresh(renamed));
  });

  it('falls back to a full run for a large change, and for designs it cannot diff', () => {
    const v = createIncrementalValidator();
    v.validate(d);
    const other = webApp().b.build();
    expect(v.validate(other)).toEqual(fresh(other));
    expect(v.last.mode).toBe('full');

    const dup: Design = { ...other, resources: [...other.resources, { ...other.resources[5]! }] };
    expect(v.validate(dup)).toEqual(fresh(dup));
    expect(v.last.mode).toBe('full');
    // And the design after it (an edit of a design it could not reason about) too.
    const next = {
      ...dup,
      resources: dup.resources.map((r, i) => (i === 6 ? ({ ...r, parent: null } as Resource) : r)),
    };
    expect(v.validate(next)).toEqual(fresh(next));
    expect(v.last.mode).toBe('full');
  });

  it('builds the context for the path engine first, then validates on it', () => {
    const v = createIncrementalValidator();
    v.validate(d);
    const next = sgEdit(d, sgId, 9000);
    const ctx = v.context(next);
    expect(ctx).toBe(buildContext(next));
    expect(v.validate(next)).toEqual(fresh(next));
    expect(v.last.mode).toBe('incremental');
    expect(v.context(next)).toBe(ctx);
  });

  it('returns nothing for what is not a design, without losing its state', () => {
    const v = createIncrementalValidator();
    v.validate(d);
    expect(v.validate(null as unknown as Design)).toEqual([]);
    expect(v.validate({ resources: 3 } as unknown as Design)).toEqual([]);
    const next = sgEdit(d, sgId, 8444);
    v.validate(next);
    expect(v.last.mode).toBe('incremental');
    v.reset();
    v.validate(sgEdit(next, sgId, 8445));
    expect(v.last.mode).toBe('full');
  });
});

describe('the context built from the previous one', () => {
  it('sees a changed chain of parents above a resource (an AZ, misplaced in a subnet, moved out)', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc(b.region(), '10.0.0.0/16');
    const subnet = b.subnet(b.az(vpc), '10.0.1.0/24');
    const az = b.az(vpc);
    b.patch(az, { parent: subnet });
    const i = b.instance(az);
    const d = b.build();
    const v = createIncrementalValidator();
    v.validate(d);
    expect(v.context(d)!.address(i)).not.toBeNull();
    const next = updateResource(d, az, { parent: vpc });
    const ctx = v.context(next)!;
    expect(ctx.address(i)).toBeNull();
    expect(answers(ctx, next)).toEqual(answers(buildContext({ ...next }), next));
    expect(v.validate(next)).toEqual(fresh(next));
  });

  it('stays right over a long run of in-place edits (the patched index copies itself past 64 replacements)', () => {
    let d = largeDesign(1);
    const v = createIncrementalValidator();
    v.validate(d);
    const instances = d.resources.filter((r) => r.kind === 'instance');
    for (let i = 0; i < 80; i++) {
      const r = instances[i % instances.length]!;
      d = updateResource(d, r.id, i % 3 ? { name: `n${i}` } : { privateIp: i % 2 ? null : '10.0.10.200' });
      expect(v.validate(d)).toEqual(fresh(d));
      expect(v.last.mode).toBe('incremental');
    }
    expect(answers(v.context(d)!, d)).toEqual(answers(buildContext({ ...d }), d));
  });
});
