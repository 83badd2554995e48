import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { analyzeFlows } from './flows.ts';

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
