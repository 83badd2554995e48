import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { analyzeFlows, asDrawn, flowVerdict } from './flows.ts';

describe('analyzeFlows', () => {
  it('answers every drawn flow, in order', () => {
    const { b, web, app, db } = webApp();
    const design = {
      ...b.build(),
      flows: [
        { id: 'f1', from: 'internet', to: web, protocol: 'tcp' as const, port: 443, label: 'users' },
        { id: 'f2', from: web, to: db, protocol: 'tcp' as const, port: 5432, label: 'shortcut' },
        { id: 'f3', from: app, to: db, protocol: 'tcp' as const, port: 5432, label: 'app db' },
      ],
    };
    const r = analyzeFlows(design);
    expect(r.map((x) => [x.flow.id, x.answer.reachable, x.answer.code ?? null])).toEqual([
      ['f1', true, null],
      ['f2', false, 'ENI_SG_RULES_MISMATCH'],
      ['f3', true, null],
    ]);
  });

  it('survives garbage flows', () => {
    const { b } = webApp();
    const r = analyzeFlows({
      ...b.build(),
      flows: [null, { id: 'x', from: 3, to: 'internet', protocol: 'tcp', port: 1 }] as never,
    });
    expect(r).toHaveLength(1);
    expect(r[0]!.answer.code).toBe('NO_SOURCE_OR_DESTINATION');
  });
});

describe('flowVerdict: what a drawn flow shows', () => {
  const v = (expect: 'reachable' | 'blocked' | undefined, outcome: 'delivered' | 'exits' | 'blocked' | 'unknown') =>
    flowVerdict(expect, { outcome });
  it('drawn to get through (the default): delivered and exits are ok, blocked is blocked', () => {
    expect([v(undefined, 'delivered'), v('reachable', 'exits'), v(undefined, 'blocked')]).toEqual([
      'ok',
      'ok',
      'blocked',
    ]);
  });
  it('drawn to be blocked: blocked is denied (as drawn), getting through is a leak', () => {
    expect([v('blocked', 'blocked'), v('blocked', 'delivered'), v('blocked', 'exits')]).toEqual([
      'denied',
      'leak',
      'leak',
    ]);
  });
  it('unknown is unknown whatever it was drawn for, and never as drawn', () => {
    expect([v(undefined, 'unknown'), v('blocked', 'unknown')]).toEqual(['unknown', 'unknown']);
    expect(asDrawn('unknown')).toBe(false);
    expect((['ok', 'denied', 'blocked', 'leak'] as const).map(asDrawn)).toEqual([true, true, false, false]);
  });
});
