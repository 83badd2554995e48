/**
 * `vpc-town check FILE [--json]`: the design's intents (what must never, only or always happen),
 * and the starter intents unless the design turned them off, each checked exactly over every
 * protocol, port and address (src/validation/intents). Prints each intent with its status and
 * the witness of each violation: one concrete packet and its hop-by-hop path.
 * Exit 1 on any violation, 0 when none is violated (an intent that is not known is reported and
 * does not fail the run: VPC Town never calls a guess a violation), 2 on bad input.
 */
import { parseArgs } from 'node:util';
import { evaluateIntents, type IntentResult, type PairResult } from '../src/validation/intents/index.ts';
import { escapeText, safeJson } from './escape.ts';
import { namesOf } from './names.ts';
import { EXIT, loadInput, UsageError, type CliIo } from './shared.ts';

const STATUS: Record<IntentResult['status'], string> = {
  holds: 'HOLDS    ',
  violated: 'VIOLATED ',
  unknown: 'NOT KNOWN',
  off: 'OFF      ',
};

function packet(p: PairResult): string {
  const w = p.witness;
  if (!w) return '';
  const port = w.packet.protocol === 'tcp' || w.packet.protocol === 'udp' ? ` port ${w.packet.port}` : '';
  return `${w.packet.source} → ${w.packet.destination} ${w.packet.protocol}${port}`;
}

function pairLines(p: PairResult, why: string, name: (t: string) => string, inText: (t: string) => string): string[] {
  const lines = [
    `    ${escapeText(name(p.fromLabel))} → ${escapeText(name(p.toLabel))}: ${escapeText(p.trafficText)} ${why}`,
  ];
  if (p.witness) {
    lines.push(`      witness: ${escapeText(packet(p))}`);
    p.witness.answer.hops.forEach((h, i) => {
      const mark = h.verdict === 'pass' ? '✓' : h.verdict === 'block' ? '✕' : h.verdict === 'unknown' ? '?' : '·';
      lines.push(`      ${i + 1}. ${mark} ${escapeText(inText(h.detail))}`);
    });
  }
  return lines;
}

const WHY: Record<PairResult['reason'], string> = {
  'gets-through': 'gets through',
  blocked: 'is blocked',
  'not-through': 'gets through without the required hop',
  'not-known': 'cannot be known from the design',
};

export async function cmdCheck(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError('check needs a FILE: vpc-town check FILE [--json]');
  const design = await loadInput(io, positionals);
  const results = evaluateIntents(design);
  const violated = results.filter((r) => r.status === 'violated').length;
  if (values.json) {
    io.stdout(
      `${safeJson(
        results.map((r) => ({
          id: r.intent.id,
          name: r.intent.name,
          starter: r.starter,
          status: r.status,
          violationCount: r.violationCount,
          violations: r.violations,
          unknownCount: r.unknownCount,
          unknowns: r.unknowns,
          missing: r.missing,
        })),
      )}\n`,
    );
  } else {
    const names = namesOf(design);
    const ids = design.resources.map((r) => r.id);
    const inText = (t: string) =>
      names.inText(
        t,
        ids.filter((id) => t.includes(id)),
      );
    const name = (label: string) => label;
    for (const r of results) {
      io.stdout(`${STATUS[r.status]} ${escapeText(r.intent.name)}${r.starter ? ' (starter)' : ''}\n`);
      if (r.status === 'violated') {
        for (const p of r.violations) for (const l of pairLines(p, WHY[p.reason], name, inText)) io.stdout(`${l}\n`);
        if (r.violationCount > r.violations.length)
          io.stdout(`    … and ${r.violationCount - r.violations.length} more pairs\n`);
      } else if (r.status === 'unknown') {
        if (r.missing.length)
          io.stdout(`    names what the design does not hold: ${escapeText(r.missing.join(', '))}\n`);
        for (const p of r.unknowns) for (const l of pairLines(p, WHY[p.reason], name, inText)) io.stdout(`${l}\n`);
      }
    }
    const n = (s: IntentResult['status']) => results.filter((r) => r.status === s).length;
    io.stdout(
      `${results.length} intent${results.length === 1 ? '' : 's'}: ${n('holds')} hold, ${violated} violated, ${n('unknown')} not known, ${n('off')} off.\n`,
    );
  }
  return violated ? EXIT.found : EXIT.ok;
}
