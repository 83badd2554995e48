/** Running rules on a context, and the order findings are reported in. */
import type { ValidationContext } from './context.ts';
import { RULES, type RuleDef } from './rules/index.ts';
import type { RulePart } from './rules/rule.ts';
import type { AnyFinding, Finding, Severity } from './types.ts';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: AnyFinding, b: AnyFinding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.variant < b.variant ? -1 : a.variant > b.variant ? 1 : 0)
  );
}

/** One part's findings, in the order it emits them; never throws. */
export function checkPart(part: RulePart, ctx: ValidationContext): Finding[] {
  try {
    return part.check(ctx);
  } catch {
    // A rule must never take the validator down; property tests (validate.property.test.ts)
    // check the rules one by one without this net.
    return [];
  }
}

/** One rule's findings (its parts' in order), in the order it emits them; never throws. */
export function checkRule(rule: RuleDef, ctx: ValidationContext): Finding[] {
  return rule.parts.length === 1 ? checkPart(rule.parts[0]!, ctx) : rule.parts.flatMap((p) => checkPart(p, ctx));
}

/** Run some rules on a context (the UI can re-run a subset after an edit). Never throws. */
export function runRules(ctx: ValidationContext, rules: readonly RuleDef[] = RULES): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) out.push(...checkRule(rule, ctx));
  return out.sort(compareFindings);
}
