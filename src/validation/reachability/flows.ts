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
    answer: analyzeInContext(ctx, { from: flow.from, to: flow.to, protocol: flow.protocol, port: flow.port }),
  }));
}
