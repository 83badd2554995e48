import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types.ts';
import { analyzeReachability, validate } from '../validation/index.ts';
import { applyEdit, startDesigns } from '../validation/testing/edits.ts';
import { findingsOf, flowAnswers, summaryOf } from './analysis.ts';
import { loadEngine } from './engine.ts';

// The app loads the validator after the first paint (engine.ts); until then a design has no findings.
await loadEngine();

describe('live analysis', () => {
  it('gives validate’s findings and the path engine’s flow answers for every snapshot of an editing session (undo included)', () => {
    let d = startDesigns()[1]!;
    d = {
      ...d,
      flows: [
        {
          id: 'f1',
          from: 'internet',
          to: d.resources.find((r) => r.kind === 'instance')!.id,
          protocol: 'tcp',
          port: 443,
          label: '',
        },
      ],
    };
    const history: Design[] = [d];
    // A fixed session: field edits, an add, a remove, a re-parent, a move, undo.
    const steps = [
      [3, 17, 5, 9],
      [12, 40, 2, 7],
      [45, 1, 9, 3],
      [30, 25, 14, 2],
      [52, 30, 0, 0],
      [60, 22, 3, 11],
      [66, 4, 100, 5],
      [82, 0, 0, 2],
      [5, 33, 8, 1],
      [38, 21, 6, 4],
      [76, 3, 2, 1],
    ] as const;
    steps.forEach((e, i) => {
      d = applyEdit(d, e, history, i);
      history.push(d);
      const flows = flowAnswers(d); // the canvas asks for flows first, then the findings
      expect(findingsOf(d)).toEqual(validate({ ...d }));
      for (const f of d.flows)
        expect(flows.get(f.id)).toEqual(
          analyzeReachability({ ...d }, { from: f.from, to: f.to, protocol: f.protocol, port: f.port }),
        );
    });
  });

  it('is memoised per snapshot', () => {
    const d = startDesigns()[0]!;
    expect(findingsOf(d)).toBe(findingsOf(d));
    expect(summaryOf(d)).toBe(summaryOf(d));
    const copy = { ...d };
    expect(findingsOf(copy)).toEqual(findingsOf(d));
  });
});

describe('live analysis: intents', () => {
  it('an intent’s findings join the catalogue’s, and go when the intent is turned off', async () => {
    const { webApp, sgRule } = await import('../validation/testing/builder.ts');
    const { allFindingsOf, intentResultsOf } = await import('./analysis.ts');
    const w = webApp();
    w.b.patch(w.webSg, { ingress: [sgRule('tcp', 22, '0.0.0.0/0')] });
    const d = w.b.build();
    const all = allFindingsOf(d);
    const intent = all.filter((f) => f.rule.startsWith('INTENT-'));
    expect(intent.map((f) => [f.rule, f.resource])).toEqual([['INTENT-starter-no-admin-from-internet', w.web]]);
    expect(all.filter((f) => !f.rule.startsWith('INTENT-'))).toEqual(validate(d));
    expect(intentResultsOf(d)).toBe(intentResultsOf(d));
    expect(summaryOf(d).get(w.web)?.count).toBe(validate(d).filter((f) => f.resource === w.web).length + 1);
    const off = { ...d, starterIntentsOff: ['starter-no-admin-from-internet'] };
    expect(allFindingsOf(off).filter((f) => f.rule.startsWith('INTENT-'))).toEqual([]);
  });
});
