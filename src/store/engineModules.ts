/**
 * The analysis engine, one chunk loaded after the first paint (engine.ts `loadEngine`): the
 * validator, the path engine and the texts of findings and hops. Nothing outside engine.ts
 * imports this module, so none of it is in the JavaScript a first visit loads before its first
 * paint (scripts/size-budget.mjs).
 */
export { createIncrementalValidator, analyzeReachability, whoCanReach, compareFindings } from '../validation/index.ts';
export { asDrawn, flowVerdict } from '../validation/reachability/index.ts';
export { namedFindingText, namedHopText } from '../i18n/findings/named.ts';
export { evaluateIntents, intentFindings, intentIdOfRule } from '../validation/intents/index.ts';
