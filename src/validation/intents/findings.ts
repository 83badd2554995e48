/**
 * Intent results as findings, so they appear live with the other findings (the findings panel)
 * with a rule-like id: `INTENT-<intent id>`. One finding per violated source–destination pair
 * (its resource is the destination, or the source when the destination is the internet), one per
 * intent that is not known. The English message names the witness packet; the UI words it with
 * `params`, and shows the witness path when the finding is clicked.
 */
import type { IntentFinding, IntentRuleId } from '../types.ts';
import { protocolText } from '../protocols.ts';
import type { IntentResult, PairResult } from './evaluate.ts';

export const intentRuleId = (intentId: string): IntentRuleId => `INTENT-${intentId}`;

/** The intent id of an `INTENT-…` rule id, or null for a catalogue rule. */
export function intentIdOfRule(rule: string): string | null {
  return rule.startsWith('INTENT-') ? rule.slice('INTENT-'.length) : null;
}

function anchor(p: PairResult): string {
  return p.to.kind === 'resource' ? p.to.id : p.from.kind === 'resource' ? p.from.id : 'internet';
}

function packetParams(p: PairResult): Record<string, string | number> {
  const w = p.witness;
  return {
    from: p.fromLabel,
    to: p.toLabel,
    carried: p.trafficText,
    packet: w ? packetOf(w) : '',
  };
}

/** The witness packet in one line: `203.0.113.1 → 10.0.0.5 tcp 22`. */
export function packetOf(w: NonNullable<PairResult['witness']>): string {
  const port = w.packet.protocol === 'tcp' || w.packet.protocol === 'udp' ? ` ${w.packet.port}` : '';
  return `${w.packet.source} → ${w.packet.destination} ${protocolText(w.packet.protocol)}${port}`;
}

function packetText(p: PairResult): string {
  return p.witness ? ` (for example ${packetOf(p.witness)})` : '';
}

const REASON_TEXT: Record<PairResult['reason'], string> = {
  'gets-through': 'gets through',
  blocked: 'is blocked',
  'not-through': 'gets through without the required hop',
  'not-known': 'cannot be known',
};

export function intentFindings(results: readonly IntentResult[]): IntentFinding[] {
  const out: IntentFinding[] = [];
  for (const r of results) {
    const rule = intentRuleId(r.intent.id);
    const severity = r.starter ? 'warning' : 'error';
    if (r.status === 'violated') {
      r.violations.forEach((p, pair) => {
        out.push({
          rule,
          severity,
          resource: anchor(p),
          ...(p.from.kind === 'resource' && p.to.kind === 'resource' ? { related: [p.from.id] } : {}),
          message: `Intent "${r.intent.name}" is violated: ${p.trafficText} from ${p.fromLabel} to ${p.toLabel} ${REASON_TEXT[p.reason]}${packetText(p)}.`,
          variant: p.reason,
          params: { intent: r.intent.name, intentId: r.intent.id, pair, ...packetParams(p) },
        });
      });
    } else if (r.status === 'unknown') {
      const p = r.unknowns[0];
      out.push({
        rule,
        severity: 'info',
        resource: p ? anchor(p) : 'internet',
        message: p
          ? `Intent "${r.intent.name}" is not known: whether ${p.trafficText} from ${p.fromLabel} to ${p.toLabel} gets through depends on what the design does not say.`
          : `Intent "${r.intent.name}" is not known: it names ${r.missing.join(', ')}, which the design does not hold.`,
        variant: p ? 'not-known' : 'missing',
        params: {
          intent: r.intent.name,
          intentId: r.intent.id,
          ...(p ? packetParams(p) : { missing: r.missing.join(', ') }),
        },
      });
    }
  }
  return out;
}
