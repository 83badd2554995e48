/** Test helpers: run one rule and pick out what it found. */
import type { Design } from '../../model/types.ts';
import { buildContext } from '../context.ts';
import type { RuleDef } from '../rules/rule.ts';
import type { Finding } from '../types.ts';

export function run(rule: RuleDef, design: Design): Finding[] {
  return rule.check(buildContext(design));
}

/** `variant@resource` strings, sorted: compact to assert on. */
export function keys(rule: RuleDef, design: Design): string[] {
  return run(rule, design)
    .map((f) => `${f.variant}@${f.resource}`)
    .sort();
}
