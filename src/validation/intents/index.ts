/**
 * Intents (issue #16): what must never, only or always happen, checked exactly over every protocol,
 * port and address with the access engine (../matrix). Pure; the app, the CLI and the tests call it.
 */
export { resolveSet, globToRegExp, type ResolvedSet } from './sets.ts';
export { trafficSetOf } from './traffic.ts';
export { starterIntents, allIntents, isStarterId } from './starters.ts';
export {
  evaluateIntent,
  evaluateIntents,
  endpointsOf,
  MAX_REPORTED,
  type IntentResult,
  type IntentStatus,
  type PairResult,
} from './evaluate.ts';
export { intentFindings, intentRuleId, intentIdOfRule } from './findings.ts';
