/**
 * The validator: `validate(design)` runs every rule of the catalogue on a shared context built
 * once per design snapshot (context.ts) and returns the findings sorted errors → warnings → infos,
 * then by resource. Pure and framework-free: the canvas, the CLI and the tests all call it.
 *
 * The app re-validates after every edit through `createIncrementalValidator()` (incremental.ts),
 * which re-runs only the rules that read what the edit changed and returns the same findings.
 */
import type { Design } from '../model/types.ts';
import { buildContext, type ValidationContext } from './context.ts';
import { runRules } from './run.ts';
import type { Finding } from './types.ts';

export * from './types.ts';
export { RULES, RULE_IDS, RULE_VARIANTS, ruleById, type RuleDef } from './rules/index.ts';
export { buildContext, assignAddresses, type ValidationContext } from './context.ts';
export * from './reachability/index.ts';
export { compareFindings, runRules } from './run.ts';
export {
  createIncrementalValidator,
  perPartFindings,
  type IncrementalValidator,
  type IncrementalRun,
} from './incremental.ts';
export { diffDesigns, type DesignDiff } from './diff.ts';

/** All findings for a design, sorted: errors, warnings, infos, then by resource. Never throws. */
export function validate(design: Design): Finding[] {
  if (!design || typeof design !== 'object' || !Array.isArray(design.resources)) return [];
  let ctx: ValidationContext;
  try {
    ctx = buildContext(design);
  } catch {
    return [];
  }
  return runRules(ctx);
}
