/**
 * `vpc-town flows FILE [--json]`: the design's own drawn flows, each analysed and compared with
 * what it was drawn for (`expect`: get through, the default, or be blocked), for a team's CI.
 * A flow whose answer is unknown has not been shown to behave as drawn. Exit 0 when every flow
 * behaves as drawn, 1 otherwise, 2 on bad input.
 */
import { parseArgs } from 'node:util';
import { analyzeFlows, asDrawn, flowVerdict } from '../src/validation/reachability/index.ts';
import type { ReachabilityAnswer } from '../src/validation/reachability/index.ts';
import { trafficOf } from './answer.ts';
import { escapeText, safeJson } from './escape.ts';
import { namesOf } from './names.ts';
import { EXIT, loadInput, UsageError, type CliIo } from './shared.ts';

function outcomeText(a: ReachabilityAnswer, name: (id: string) => string): string {
  switch (a.outcome) {
    case 'delivered':
      return 'delivered';
    case 'exits':
      return `leaves the design at ${name(a.exit?.at ?? '')}`;
    case 'unknown':
      return `unknown at ${name(a.unknown?.at ?? '')}`;
    default:
      return `blocked at ${name(a.blockedAt ?? '')} (${escapeText(a.code ?? '')})`;
  }
}

export async function cmdFlows(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('flows needs exactly one FILE: vpc-town flows FILE [--json]');
  const design = await loadInput(io, [positionals[0]!]);
  const names = namesOf(design);
  const name = (id: string) => escapeText(names.of(id));
  const results = analyzeFlows(design).map(({ flow, answer }) => {
    const expect = flow.expect ?? 'reachable';
    return { flow, expect, ok: asDrawn(flowVerdict(expect, answer)), answer };
  });
  const failed = results.filter((r) => !r.ok).length;
  if (values.json) io.stdout(`${safeJson(results)}\n`);
  else if (results.length === 0) io.stdout('No flows drawn.\n');
  else {
    for (const { flow, expect, ok, answer } of results) {
      const label = flow.label ? ` "${escapeText(flow.label)}"` : '';
      const drawn = expect === 'blocked' ? 'drawn as blocked' : 'drawn to get through';
      io.stdout(
        `${ok ? 'OK  ' : 'FAIL'} ${name(flow.from)} → ${name(flow.to)} (${escapeText(trafficOf(flow.protocol, flow.port))})${label}: ${drawn}, ${outcomeText(answer, name)}\n`,
      );
    }
    io.stdout(
      `${results.length} flow${results.length === 1 ? '' : 's'}: ${results.length - failed} as drawn, ${failed} not.\n`,
    );
  }
  return failed ? EXIT.found : EXIT.ok;
}
