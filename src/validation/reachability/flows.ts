/**
 * The intended flows the user drew (`design.flows`): each one analysed as a point query, so the
 * canvas can mark a flow that the configuration blocks and say why.
 */
import type { Design, Flow } from '../../model/types.ts';
import { buildContext } from '../context.ts';
import { objects } from '../safe.ts';
import { analyzeInContext } from './analyze.ts';
import type { ReachabilityAnswer } from './types.ts';

export interface FlowResult {
  readonly flow: Flow;
  readonly answer: ReachabilityAnswer;
}

/** Analyse every flow of the design, in order. Never throws. */
export function analyzeFlows(design: Design): FlowResult[] {
  if (!design || !Array.isArray(design.resources)) return [];
  const ctx = buildContext(design);
  return objects<Flow>(design.flows).map((flow) => ({
    flow,
    answer: analyzeInContext(ctx, {
      from: flow.from,
      to: flow.to,
      protocol: flow.protocol,
      port: flow.port,
      ...(flow.ipVersion ? { ipVersion: flow.ipVersion } : {}),
    }),
  }));
}

/**
 * What a drawn flow shows, from its answer and what it was drawn for (`expect`, default reachable):
 * - `ok`: gets through (delivered or exits), as drawn;
 * - `blocked`: drawn to get through, but blocked;
 * - `denied`: drawn to be blocked, and blocked (as intended);
 * - `leak`: drawn to be blocked, but gets through;
 * - `unknown`: the design does not say (never shown as blocked or as getting through).
 */
export type FlowVerdict = 'ok' | 'blocked' | 'denied' | 'leak' | 'unknown';

export function flowVerdict(expect: Flow['expect'], a: Pick<ReachabilityAnswer, 'outcome'>): FlowVerdict {
  if (a.outcome === 'unknown') return 'unknown';
  const through = a.outcome === 'delivered' || a.outcome === 'exits';
  if (expect === 'blocked') return through ? 'leak' : 'denied';
  return through ? 'ok' : 'blocked';
}

/** Whether the flow behaves as drawn (an unknown answer has not shown it does). */
export const asDrawn = (v: FlowVerdict) => v === 'ok' || v === 'denied';
