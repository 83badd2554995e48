/**
 * How a rule is defined: an id from the catalogue, an English title, the variants it can emit
 * (each with its severity, so the UI can list every `${id}.${variant}` text key) and a pure
 * check. What a rule reads is not declared here: it is recorded once, offline, by running every
 * rule on a recording context over a corpus of designs (scripts/gen-reads.ts), into a checked-in
 * table (../reads.generated.ts) that a test keeps current. The incremental validator re-runs a
 * part only after an edit of something in its row; a part without a row (a rule added since the
 * table was generated) reads everything, so it re-runs after every edit until the table is.
 */
import type { ResourceId } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { findingMessage } from '../messages.ts';
import { compileReads, type Read, type ReadSet } from '../reads.ts';
import { RULE_READS } from '../reads.generated.ts';
import { printable } from '../safe.ts';
import type { Finding, RuleId, RuleVariant, Severity } from '../types.ts';

/**
 * Reads added to a rule's recorded row: the path engine (REACH-003) has more branches than the
 * recording's designs are sure to reach. A gateway endpoint's attributes are read only when a route
 * goes through one, so every field of the imported kinds counts, and a stale answer never claims a
 * reachability that is not known. Moves and renames still re-run nothing.
 */
const EXTRA_READS: Readonly<Partial<Record<string, readonly Read[]>>> = {
  'REACH-003': ['external.*', 'prefixList.*'],
};

/**
 * An independently re-runnable piece of a rule, with its own recorded reads. A rule with sections
 * that read different things (TOP-002: route tables, NACLs, SG attachments, subnet groups) is
 * defined as parts, so an edit re-runs only the sections that read it; the rule's findings are its
 * parts' in order, whatever ran.
 */
export interface RulePart {
  /** What the part reads, from the generated table (`['*']` when the table has no row for it). */
  readonly reads: readonly Read[];
  readonly readSet: ReadSet;
  check(ctx: ValidationContext): Finding[];
}

export interface RuleDef {
  readonly id: RuleId;
  readonly title: string;
  readonly variants: readonly RuleVariant[];
  /** One part (`run`), or the parts it was defined with. */
  readonly parts: readonly RulePart[];
  check(ctx: ValidationContext): Finding[];
}

export type Emit<V extends string> = (
  variant: V,
  resource: ResourceId,
  params?: Record<string, string | number>,
  related?: readonly ResourceId[],
) => void;

type Run<V extends string> = (ctx: ValidationContext, emit: Emit<V>) => void;

export function defineRule<V extends string>(
  def: { id: RuleId; title: string; variants: Record<V, Severity> } & (
    { run: Run<V> } | { parts: readonly { run: Run<V> }[] }
  ),
): RuleDef {
  const variants = Object.entries(def.variants).map(([key, severity]) => ({ key, severity: severity as Severity }));
  const check = (run: Run<V>) => (ctx: ValidationContext) => {
    const out: Finding[] = [];
    run(ctx, (variant, resource, params = {}, related) => {
      // Values read from a garbage design may be anything: params stay strings and numbers.
      const clean: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(params))
        clean[k] = typeof v === 'number' || typeof v === 'string' ? v : printable(v);
      const id = typeof resource === 'string' ? resource : printable(resource);
      const f: Finding = {
        rule: def.id,
        severity: def.variants[variant],
        resource: id,
        // The English text, from the one source the app's texts use too (messages.ts).
        message: findingMessage(`${def.id}.${variant}`, { ...clean, resource: id }),
        variant,
        params: clean,
        ...(related && related.length ? { related: [...related] } : {}),
      };
      out.push(f);
    });
    return out;
  };
  const defs = 'parts' in def ? def.parts : [{ run: def.run }];
  const table = RULE_READS[def.id];
  const parts: RulePart[] = defs.map((p, j) => {
    const recorded: readonly Read[] = table?.[j] ?? ['*'];
    const reads = recorded.includes('*') ? recorded : [...recorded, ...(EXTRA_READS[def.id] ?? [])];
    return { reads, readSet: compileReads(reads), check: check(p.run) };
  });
  return {
    id: def.id,
    title: def.title,
    variants,
    parts,
    check: parts.length === 1 ? parts[0]!.check : (ctx) => parts.flatMap((p) => p.check(ctx)),
  };
}
