/**
 * `vpc-town reach FILE --queries Q.json [--json]`: many questions in one process. Q.json is a JSON
 * array of `{ "from", "to", "protocol", "port"?, "srcIp"?, "srcPort"? }`, answered in order against
 * one analysis context (the design is read and indexed once).
 *
 * A bad entry gets an error answer in its place (`{ "index", "error" }`), and the others are still
 * answered. Exit 0 when every query gets through, 1 when some does not, 2 when some entry is bad
 * (or the file is not such an array).
 */
import { isPorted } from '../src/model/kinds/index.ts';
import { buildContext } from '../src/validation/context.ts';
import { analyzeInContext, type ReachabilityAnswer, type ReachQuery } from '../src/validation/reachability/index.ts';
import { checkEndpoint, formatAnswer, parsePort, parseProtocol, trafficOf, unaskable } from './answer.ts';
import { escapeText, safeJson } from './escape.ts';
import { namesOf, type Names } from './names.ts';
import { EXIT, loadInput, readText, UsageError, type CliIo } from './shared.ts';
import type { Design } from '../src/model/types.ts';

const KEYS = new Set(['from', 'to', 'protocol', 'port', 'srcIp', 'srcPort']);

/** An entry that cannot be answered, in its place in the output. */
export interface QueryError {
  readonly index: number;
  readonly error: string;
}

/** One entry of Q.json as a query the engine takes, or a UsageError saying what is wrong with it. */
function toQuery(design: Design, names: Names, entry: unknown): ReachQuery {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    throw new UsageError('a query is an object { "from", "to", "protocol", "port"?, "srcIp"?, "srcPort"? }');
  const e = entry as Record<string, unknown>;
  const extra = Object.keys(e).filter((k) => !KEYS.has(k));
  if (extra.length)
    throw new UsageError(
      `unknown field${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${escapeText(k)}"`).join(', ')}`,
    );
  const from = checkEndpoint(design, names, '"from"', e.from);
  const to = checkEndpoint(design, names, '"to"', e.to);
  const protocol = parseProtocol('"protocol"', e.protocol);
  const ported = isPorted(protocol);
  if (ported && e.port === undefined) throw new UsageError(`"port" is required for ${protocol} (0 to 65535)`);
  const port = ported ? parsePort('"port"', e.port) : 0;
  if (e.srcPort !== undefined && !ported) throw new UsageError('"srcPort" applies to tcp and udp only');
  if (e.srcIp !== undefined && (typeof e.srcIp !== 'string' || from !== 'internet'))
    throw new UsageError('"srcIp" is the client address (a string) of traffic "from": "internet"');
  return {
    from,
    to,
    protocol,
    port,
    ...(e.srcPort !== undefined ? { srcPort: parsePort('"srcPort"', e.srcPort) } : {}),
    ...(typeof e.srcIp === 'string' ? { srcIp: e.srcIp } : {}),
  };
}

const messageOf = (e: unknown) => (e instanceof UsageError ? e.message : String(e)).replace(/\.$/, '');

export async function runQueries(io: CliIo, file: string, queriesFile: string, json: boolean): Promise<number> {
  let entries: unknown;
  const text = readText(io, queriesFile);
  try {
    entries = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${escapeText(queriesFile)} is not JSON: ${escapeText((e as Error).message)}.`);
  }
  if (!Array.isArray(entries))
    throw new UsageError(
      `${escapeText(queriesFile)} must be a JSON array of queries { "from", "to", "protocol", "port"? }.`,
    );
  const design = await loadInput(io, [file]);
  const names = namesOf(design);
  const ctx = buildContext(design);
  const out: (ReachabilityAnswer | QueryError)[] = [];
  const blocks: string[] = [];
  let bad = 0;
  let notThrough = 0;
  entries.forEach((entry, index) => {
    let q: ReachQuery;
    try {
      q = toQuery(design, names, entry);
    } catch (e) {
      bad++;
      out.push({ index, error: messageOf(e) });
      blocks.push(`Query ${index + 1}: error: ${escapeText(messageOf(e))}.\n`);
      return;
    }
    const a = analyzeInContext(ctx, q);
    const problem = unaskable(a, names);
    if (problem) {
      bad++;
      out.push({ index, error: problem });
      blocks.push(`Query ${index + 1}: error: ${problem}.\n`);
      return;
    }
    if (!a.reachable) notThrough++;
    out.push(a);
    blocks.push(`Query ${index + 1}: ${formatAnswer(a, q.from, q.to, trafficOf(q.protocol, q.port), names)}`);
  });
  if (json) io.stdout(`${safeJson(out)}\n`);
  else {
    io.stdout(blocks.join('\n'));
    const n = entries.length;
    io.stdout(
      `${blocks.length ? '\n' : ''}${n} quer${n === 1 ? 'y' : 'ies'}: ${n - bad - notThrough} reachable, ${notThrough} not, ${bad} bad.\n`,
    );
  }
  return bad ? EXIT.usage : notThrough ? EXIT.found : EXIT.ok;
}
