/**
 * The validator: `validate(design)` runs every rule of the catalogue on a shared context built
 * once per design snapshot (context.ts) and returns the findings sorted errors → warnings → infos,
 * then by resource. Pure and framework-free: the canvas, the CLI and the tests all call it.
 */
import type { Design } from '../model/types.ts';
import { buildContext, type ValidationContext } from './context.ts';
import { RULES, type RuleDef } from './rules/index.ts';
import type { Finding, Severity } from './types.ts';

export * from './types.ts';
export { RULES, RULE_IDS, RULE_VARIANTS, ruleById, type RuleDef } from './rules/index.ts';
export { buildContext, assignAddresses, type ValidationContext } from './context.ts';
export * from './reachability/index.ts';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.variant < b.variant ? -1 : a.variant > b.variant ? 1 : 0)
  );
}

/** Run some rules on a context (the UI can re-run a subset after an edit). Never throws. */
export function runRules(ctx: ValidationContext, rules: readonly RuleDef[] = RULES): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    try {
      out.push(...rule.check(ctx));
    } catch {
      // A rule must never take the validator down; property tests (validate.property.test.ts)
      // check the rules one by one without this net.
    }
  }
  return out.sort(compareFindings);
}

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
