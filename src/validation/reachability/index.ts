export { analyzeReachability, analyzeInContext, EPHEMERAL } from './analyze.ts';
export {
  whoCanReach,
  whoCanReachInContext,
  portsFor,
  STANDARD_PORTS,
  type WhoCanReach,
  type SourceReach,
} from './whoCanReach.ts';
export { analyzeFlows, asDrawn, flowVerdict, type FlowResult, type FlowVerdict } from './flows.ts';
export {
  EXPLANATION_CODES,
  type ExplanationCode,
  type Hop,
  type HopVerdict,
  type ReachabilityAnswer,
  type ReachQuery,
} from './types.ts';
