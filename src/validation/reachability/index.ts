export { analyzeReachability, analyzeInContext, EPHEMERAL } from './analyze.ts';
export {
  whoCanReach,
  whoCanReachInContext,
  portsFor,
  STANDARD_PORTS,
  type WhoCanReach,
  type SourceReach,
} from './whoCanReach.ts';
export { analyzeFlows, type FlowResult } from './flows.ts';
export {
  EXPLANATION_CODES,
  type ExplanationCode,
  type Hop,
  type HopVerdict,
  type ReachabilityAnswer,
  type ReachQuery,
} from './types.ts';
