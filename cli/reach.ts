/**
 * `vpc-town reach FILE --from X --to Y --protocol P [--port N] [--src-port N] [--src-ip A] [--json]`,
 * or `--queries Q.json` for a batch (queries.ts). Exit 0 when the traffic gets through (delivered,
 * or leaves the design by a known way out), 1 when not (blocked or unknown), 2 on bad input.
 */
import { parseArgs } from 'node:util';
import { isPorted } from '../src/model/kinds/index.ts';
import { analyzeReachability } from '../src/validation/reachability/index.ts';
import { checkEndpoint, formatAnswer, parsePort, parseProtocol, trafficOf, unaskable } from './answer.ts';
import { safeJson } from './escape.ts';
import { namesOf } from './names.ts';
import { runQueries } from './queries.ts';
import { EXIT, loadInput, UsageError, type CliIo } from './shared.ts';

export async function cmdReach(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      protocol: { type: 'string' },
      port: { type: 'string' },
      'src-port': { type: 'string' },
      'src-ip': { type: 'string' },
      queries: { type: 'string' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1)
    throw new UsageError(
      'reach needs exactly one FILE: vpc-town reach FILE --from X --to Y --protocol P --port N (or --queries Q.json)',
    );
  if (values.queries !== undefined) {
    const single = ['from', 'to', 'protocol', 'port', 'src-port', 'src-ip'].filter((k) => k in values);
    if (single.length)
      throw new UsageError(`--queries takes every question from its file; leave out --${single.join(', --')}.`);
    return runQueries(io, positionals[0]!, values.queries, !!values.json);
  }
  const protocol = parseProtocol('--protocol', values.protocol);
  let port = 0;
  let srcPort: number | undefined;
  if (isPorted(protocol)) {
    if (values.port === undefined) throw new UsageError(`--port is required for ${protocol} (0 to 65535).`);
    port = parsePort('--port', values.port);
    if (values['src-port'] !== undefined) srcPort = parsePort('--src-port', values['src-port']);
  } else if (values['src-port'] !== undefined) {
    throw new UsageError(`--src-port applies to tcp and udp only.`);
  }
  const design = await loadInput(io, [positionals[0]!]);
  const names = namesOf(design);
  const from = checkEndpoint(design, names, '--from', values.from);
  const to = checkEndpoint(design, names, '--to', values.to);
  if (values['src-ip'] !== undefined && from !== 'internet')
    throw new UsageError('--src-ip is the client address of traffic from the internet: use it with --from internet.');
  const answer = analyzeReachability(design, {
    from,
    to,
    protocol,
    port,
    ...(srcPort !== undefined ? { srcPort } : {}),
    ...(values['src-ip'] !== undefined ? { srcIp: values['src-ip'] } : {}),
  });
  const problem = unaskable(answer, names);
  if (problem) throw new UsageError(`${problem}.`);
  if (values.json) io.stdout(`${safeJson(answer)}\n`);
  else io.stdout(formatAnswer(answer, from, to, trafficOf(protocol, port), names));
  return answer.reachable ? EXIT.ok : EXIT.found;
}
