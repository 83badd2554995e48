/**
 * Evaluating intents, exactly: for every source and destination the intent's sets hold, the
 * access engine (src/validation/matrix) gives the set of packets that get through and the set
 * whose fate is not known, over every protocol, port and address, as sets of intervals (never by
 * trying ports). An intent is
 *
 * - `violated` when some packet breaks it; each violation carries a witness: one concrete packet
 *   (source address, destination, protocol, port) and the path engine's hop-by-hop answer for it;
 * - `unknown` ("not known") when nothing breaks it for certain but the design cannot say for some
 *   of the traffic (a prefix list without its entries, a resource VPC Town does not model), or a
 *   set names something the design does not hold. Never reported as a violation or as holding;
 * - `holds` otherwise.
 *
 * `only … through` (a kind of hop): routes do not depend on the protocol or port, so the path of
 * one packet that gets through between two endpoints is the path of all of it; the witness's hops
 * say whether it passes the required kind of hop.
 */
import type { Intent } from '../../model/intents.ts';
import type { Design } from '../../model/types.ts';
import { buildContext, type ValidationContext } from '../context.ts';
import {
  accessBetween,
  endpointKey,
  endpointLabel,
  format,
  INTERNET_ENDPOINT,
  intersect,
  isEmpty,
  resourceEndpoint,
  subtract,
  union,
  witness,
  EMPTY,
  type Endpoint,
  type TrafficSet,
  type Witness,
} from '../matrix/index.ts';
import { resolveSet, type ResolvedSet } from './sets.ts';
import { allIntents, isStarterId } from './starters.ts';
import { trafficSetOf } from './traffic.ts';

export type IntentStatus = 'holds' | 'violated' | 'unknown' | 'off';

/** One source–destination pair that breaks the intent, or whose traffic is not known. */
export interface PairResult {
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly fromLabel: string;
  readonly toLabel: string;
  /** The packets that break the intent (or whose fate is not known). */
  readonly traffic: TrafficSet;
  /** `traffic` in compact English (`tcp 22,3389`). */
  readonly trafficText: string;
  /** Why it breaks the intent: traffic it must not let through, traffic it must, or the wrong way. */
  readonly reason: 'gets-through' | 'blocked' | 'not-through' | 'not-known';
  /** One concrete packet and its path (null when the pair has no address to send from). */
  readonly witness: Witness | null;
}

export interface IntentResult {
  readonly intent: Intent;
  readonly starter: boolean;
  readonly status: IntentStatus;
  /** The first violations, with witnesses (MAX_REPORTED); `violationCount` counts them all. */
  readonly violations: readonly PairResult[];
  readonly violationCount: number;
  readonly unknowns: readonly PairResult[];
  readonly unknownCount: number;
  /** What the intent's sets name that the design does not hold. */
  readonly missing: readonly string[];
  /** How many source–destination pairs were checked. */
  readonly pairs: number;
}

/** Violations (and unknown pairs) reported with a witness per intent; the rest are counted. */
export const MAX_REPORTED = 20;

/** The matrix endpoints of a resolved set. */
export function endpointsOf(set: ResolvedSet): Endpoint[] {
  const out: Endpoint[] = set.resources.map(resourceEndpoint);
  if (set.internet) {
    out.push(
      set.internet.all
        ? INTERNET_ENDPOINT
        : { kind: 'cidr', cidr: `${intToText(set.internet.cidr.base)}/${set.internet.cidr.prefix}` },
    );
  }
  return out;
}

function intToText(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

const isOutside = (e: Endpoint) => e.kind !== 'resource';

/** One intent in a context. Never throws on a malformed design (a failure is `unknown`). */
export function evaluateIntent(ctx: ValidationContext, intent: Intent, starter = isStarterId(intent.id)): IntentResult {
  const base = { intent, starter, violations: [], violationCount: 0, unknowns: [], unknownCount: 0 };
  if (!intent.enabled) return { ...base, status: 'off', missing: [], pairs: 0 };
  const fromSet = resolveSet(ctx, intent.from);
  const toSet = resolveSet(ctx, intent.to);
  const missing = [...fromSet.missing, ...toSet.missing];
  const T = trafficSetOf(intent.traffic);
  const expect = intent.expect;
  const allowedPorts = expect.type === 'only' && expect.ports?.length ? trafficSetOf(expect.ports) : T;
  const through = expect.type === 'only' ? expect.through : undefined;

  const violations: PairResult[] = [];
  const unknowns: PairResult[] = [];
  let violationCount = 0;
  let unknownCount = 0;
  let pairs = 0;

  const pair = (
    s: Endpoint,
    d: Endpoint,
    set: TrafficSet,
    reason: PairResult['reason'],
    withWitness: boolean,
    given?: Witness | null,
  ): PairResult => ({
    from: s,
    to: d,
    fromLabel: endpointLabel(ctx, s),
    toLabel: endpointLabel(ctx, d),
    traffic: set,
    trafficText: format(set),
    reason,
    witness: given !== undefined ? given : withWitness ? witness(ctx, s, d, set) : null,
  });

  const violate = (s: Endpoint, d: Endpoint, set: TrafficSet, reason: PairResult['reason'], w?: Witness | null) => {
    violationCount++;
    if (violations.length < MAX_REPORTED) violations.push(pair(s, d, set, reason, true, w));
  };
  const notKnown = (s: Endpoint, d: Endpoint, set: TrafficSet) => {
    unknownCount++;
    if (unknowns.length < MAX_REPORTED) unknowns.push(pair(s, d, set, 'not-known', true));
  };

  try {
    for (const s of endpointsOf(fromSet)) {
      for (const d of endpointsOf(toSet)) {
        if (endpointKey(s) === endpointKey(d) || (isOutside(s) && isOutside(d))) continue;
        pairs++;
        const a = accessBetween(ctx, s, d, T);
        const allowed = intersect(a.allowed, T);
        const unknown = intersect(a.unknown, T);
        if (expect.type === 'never') {
          if (!isEmpty(allowed)) violate(s, d, allowed, 'gets-through');
          else if (!isEmpty(unknown)) notKnown(s, d, unknown);
        } else if (expect.type === 'always') {
          const blocked = subtract(subtract(T, allowed), unknown);
          if (!isEmpty(blocked)) violate(s, d, blocked, 'blocked');
          else if (!isEmpty(unknown)) notKnown(s, d, unknown);
        } else {
          const forbidden = subtract(allowed, allowedPorts);
          const permitted = intersect(allowed, allowedPorts);
          let broke = false;
          if (!isEmpty(forbidden)) {
            violate(s, d, forbidden, 'gets-through');
            broke = true;
          } else if (through && !isEmpty(permitted)) {
            const w = witness(ctx, s, d, permitted);
            if (w && !w.answer.hops.some((h) => h.kind === through && h.verdict !== 'block')) {
              violate(s, d, permitted, 'not-through', w);
              broke = true;
            }
          }
          if (!broke) {
            const doubt = through ? unknown : subtract(unknown, allowedPorts);
            if (!isEmpty(doubt)) notKnown(s, d, doubt);
          }
        }
      }
    }
  } catch {
    return { ...base, status: 'unknown', missing: [...missing, 'analysis-failed'], pairs };
  }
  const status: IntentStatus = violationCount ? 'violated' : unknownCount || missing.length ? 'unknown' : 'holds';
  return { intent, starter, status, violations, violationCount, unknowns, unknownCount, missing, pairs };
}

/** Every intent of a design (starters first, on unless turned off; then the design's own). */
export function evaluateIntents(input: Design | ValidationContext, intents?: readonly Intent[]): IntentResult[] {
  const ctx =
    'index' in input && typeof (input as ValidationContext).cidr === 'function'
      ? (input as ValidationContext)
      : buildContext(input as Design);
  const list = intents ?? allIntents(ctx.design);
  return list.map((it) => evaluateIntent(ctx, it));
}

/** Everything the traffic of all pairs in a list covers (for the panel's summary line). */
export function unionOf(results: readonly PairResult[]): TrafficSet {
  return results.reduce<TrafficSet>((acc, r) => union(acc, r.traffic), EMPTY);
}
