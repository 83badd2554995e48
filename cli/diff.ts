/**
 * `vpc-town diff A B [--json]`: the traffic B allows that A does not, and the reverse, from the two
 * designs' exhaustive access matrices (src/validation/matrix), each difference with one concrete
 * packet and its path. A and B: a design file, a CloudFormation template or AWS describe output
 * (a file or a folder), as every command takes them (shared.ts loadInput).
 *
 * Exit 0 when the designs allow the same traffic between the same endpoints, 1 when they differ
 * (a cell differs, or an endpoint is in one design only), 2 on bad input.
 */
import { parseArgs } from 'node:util';
import { diffAccess, format, type AccessDiffCell, type Witness } from '../src/validation/matrix/index.ts';
import { escapeText, safeJson } from './escape.ts';
import { namesOf, type Names } from './names.ts';
import { EXIT, loadInput, UsageError, type CliIo } from './shared.ts';

function pathText(w: Witness, names: Names): string {
  const hops = w.answer.hops
    .filter((h) => h.direction === 'forward' && h.verdict !== 'info')
    .map((h) => names.of(h.resource));
  const end =
    w.answer.outcome === 'delivered'
      ? 'delivered'
      : w.answer.outcome === 'exits'
        ? 'leaves the design'
        : w.answer.outcome;
  const p = w.packet;
  const port = p.protocol === 'tcp' || p.protocol === 'udp' ? ` ${p.port}` : '';
  return `e.g. ${p.protocol}${port} from ${p.source} to ${p.destination}: ${hops.join(' → ')} (${end})`;
}

function cellLines(c: AccessDiffCell, na: Names, nb: Names): string[] {
  const head = `${escapeText(c.src.label)} → ${escapeText(c.dst.label)}`;
  const out: string[] = [];
  if (c.added.entries.length || c.added.rest) {
    out.push(`+ ${head}: ${format(c.added)} (B allows, A does not)`);
    if (c.addedWitness) out.push(`    ${escapeText(pathText(c.addedWitness, nb))}`);
  }
  if (c.removed.entries.length || c.removed.rest) {
    out.push(`- ${head}: ${format(c.removed)} (A allows, B does not)`);
    if (c.removedWitness) out.push(`    ${escapeText(pathText(c.removedWitness, na))}`);
  }
  return out;
}

function witnessJson(w: Witness | undefined) {
  if (!w) return undefined;
  return {
    packet: w.packet,
    outcome: w.answer.outcome,
    hops: w.answer.hops.map((h) => ({
      resource: h.resource,
      kind: h.kind,
      verdict: h.verdict,
      direction: h.direction,
      detail: h.detail,
      ...(h.code ? { code: h.code } : {}),
    })),
  };
}

export function cmdDiff(io: CliIo, args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 2)
    throw new UsageError('diff needs two designs: vpc-town diff A B [--json] (each a design file, template or folder)');
  const [pa, pb] = positionals as [string, string];
  const a = loadInput(io, [pa]);
  const b = loadInput(io, [pb]);
  const d = diffAccess(a, b);
  const differ = d.cells.length > 0 || d.onlyInA.length > 0 || d.onlyInB.length > 0;
  if (values.json) {
    io.stdout(
      `${safeJson({
        a: pa,
        b: pb,
        equal: !differ,
        matched: d.matched.map((m) => ({ label: m.label, by: m.by })),
        onlyInA: d.onlyInA,
        onlyInB: d.onlyInB,
        cells: d.cells.map((c) => ({
          from: c.src.label,
          to: c.dst.label,
          added: format(c.added),
          removed: format(c.removed),
          addedSet: c.added,
          removedSet: c.removed,
          ...(c.addedWitness ? { addedWitness: witnessJson(c.addedWitness) } : {}),
          ...(c.removedWitness ? { removedWitness: witnessJson(c.removedWitness) } : {}),
        })),
      })}\n`,
    );
    return differ ? EXIT.found : EXIT.ok;
  }
  const byName = d.matched.filter((m) => m.by === 'name').length;
  const lines = [
    `A: ${escapeText(pa)}`,
    `B: ${escapeText(pb)}`,
    `${d.matched.length} endpoints in both (${d.matched.length - byName} by id, ${byName} by name).`,
  ];
  if (d.onlyInA.length) lines.push(`Only in A: ${d.onlyInA.map(escapeText).join(', ')}`);
  if (d.onlyInB.length) lines.push(`Only in B: ${d.onlyInB.map(escapeText).join(', ')}`);
  const na = namesOf(a);
  const nb = namesOf(b);
  for (const c of d.cells) lines.push(...cellLines(c, na, nb));
  lines.push(
    d.cells.length
      ? `${d.cells.length} pair${d.cells.length === 1 ? '' : 's'} of endpoints differ.`
      : differ
        ? 'The endpoints in both allow the same traffic.'
        : 'No differences: A and B allow the same traffic.',
  );
  io.stdout(`${lines.join('\n')}\n`);
  return differ ? EXIT.found : EXIT.ok;
}
