/**
 * The generated table of what each rule part reads (reads.generated.ts) is current and covers the
 * rules: regenerating it from the corpus gives the file as checked in, the corpus made every rule
 * emit every variant (so the branches that report something were recorded), every rule part has
 * its row, and the recording sees a read no row could have listed by hand (a probe rule).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateReadsTable, READS_TABLE_PATH } from '../../scripts/gen-reads.ts';
import { buildContext } from './context.ts';
import { RULE_READS } from './reads.generated.ts';
import { RULES, RULE_VARIANTS } from './rules/index.ts';
import { defineRule } from './rules/rule.ts';
import { DesignBuilder } from './testing/builder.ts';
import { recorded } from './testing/recording.ts';

describe('reads.generated.ts', () => {
  it('is current: regenerating it from the corpus gives the file (npx tsx scripts/gen-reads.ts)', async () => {
    const { source, recorded: r } = await generateReadsTable();
    expect(source).toBe(readFileSync(READS_TABLE_PATH, 'utf8'));
    // The corpus reached every variant of every rule.
    expect(RULE_VARIANTS.map((v) => v.key).filter((k) => !r.emitted.has(k))).toEqual([]);
    expect(r.designs).toBeGreaterThan(1000);
  }, 60_000);

  it('has a row for every rule, with a list for each of its parts, and nothing else', () => {
    expect(Object.keys(RULE_READS).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const rule of RULES) {
      expect(RULE_READS[rule.id]!.length, rule.id).toBe(rule.parts.length);
      // The recorded row, plus the path engine's fixed extra reads (rules/rule.ts EXTRA_READS).
      rule.parts.forEach((part, j) =>
        expect(part.reads.filter((r) => !(rule.id === 'REACH-003' && /^(external|prefixList)\.\*$/.test(r)))).toEqual(
          RULE_READS[rule.id]![j],
        ),
      );
    }
    expect(RULES.find((r) => r.id === 'REACH-003')!.parts[0]!.reads).toEqual(
      expect.arrayContaining(['external.*', 'prefixList.*']),
    );
  });

  it('a rule added without a row reads everything until the table is regenerated', () => {
    // A rule id the table has no row for (the table is keyed by id; this one is cast).
    const probe = defineRule({
      id: 'PROBE-001' as never,
      title: 'probe',
      variants: { x: 'info' },
      run() {},
    });
    expect(probe.parts[0]!.reads).toEqual(['*']);
    expect(probe.parts[0]!.readSet.all).toBe(true);
  });

  it('records what a rule reads directly, through the index and through a context helper', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc(b.region(), '10.0.0.0/16');
    const subnet = b.subnet(b.az(vpc), '10.0.1.0/24', { mapPublicIpOnLaunch: true });
    b.instance(subnet, { publicIp: 'auto' });
    const probe = defineRule({
      id: 'PROBE-002' as never,
      title: 'probe',
      variants: { x: 'info' },
      run(ctx, emit) {
        for (const i of ctx.index.ofKind('instance'))
          if (i.publicIp === 'auto' && ctx.subnetOfResource(i.id)?.mapPublicIpOnLaunch) emit('x', i.id);
      },
    });
    const { value, reads } = recorded(buildContext(b.build()), (ctx) => probe.parts[0]!.check(ctx));
    expect(value).toHaveLength(1);
    const fields = (k: string) => [...((reads.kinds.get(k as never) as Set<string>) ?? [])].sort();
    expect(fields('instance')).toEqual(['parent', 'publicIp']);
    expect(fields('subnet')).toEqual(['mapPublicIpOnLaunch']);
    expect(reads.all).toBe(false);
  });
});
