/**
 * Incremental validation: the app validates a new snapshot after every edit, and an edit changes a
 * handful of resources. A stateful validator remembers the last design it validated, its context
 * and each rule's findings; for the next design it
 *
 *  1. diffs the two snapshots (diff.ts: by identity, then by field; edits keep the identity of the
 *     resources they do not touch);
 *  2. builds the new context from the previous one (context.ts: the index is patched, and every map
 *     whose inputs the edit did not replace is shared);
 *  3. re-runs only the rules (or rule parts, rule.ts) whose `reads` (reads.ts) meet what changed,
 *     keeps the others' findings, and merges them into the sorted order `validate` returns.
 *
 * The answer is always `validate(design)`'s, finding for finding (incremental.property.test.ts
 * checks it after random sequences of edits). No previous design, a design the diff cannot reason
 * about (duplicate ids, unknown kinds) or a large change means a full run.
 */
import type { Design } from '../model/types.ts';
import { buildContext, type ValidationContext } from './context.ts';
import { diffDesigns, wellFormed, type DesignDiff } from './diff.ts';
import { affects } from './reads.ts';
import { RULES } from './rules/index.ts';
import { checkPart, compareFindings } from './run.ts';
import type { Finding, RuleId } from './types.ts';

/** What the last `validate` call did (for tests and benchmarks). */
export interface IncrementalRun {
  /** `same`: the design just validated; `incremental`: some rules re-run; `full`: every rule. */
  readonly mode: 'same' | 'incremental' | 'full';
  readonly rerun: readonly RuleId[];
}

export interface IncrementalValidator {
  /** The findings of `design`, equal to `validate(design)`; cheap when it is a small edit of the last design. */
  validate(design: Design): readonly Finding[];
  /**
   * The context of `design` built from the last validated one (and cached, so the path engine's
   * `buildContext(design)` gets it too). `validate(design)` then reuses it.
   */
  context(design: Design): ValidationContext | null;
  readonly last: IncrementalRun;
  /** Forget the previous design: the next call is a full run. */
  reset(): void;
  /**
   * Take `design` as validated, with each rule part's findings computed elsewhere (a worker ran
   * the same rules: `perPartFindings`). Only the context is built here (cheap); the next edit is
   * then incremental, as if `validate(design)` had run. Returns the findings, sorted.
   */
  adopt(design: Design, perPart: readonly (readonly (readonly Finding[])[])[]): readonly Finding[];
}

/** Each rule part's findings of `design`, in emission order (what `adopt` takes). Never throws. */
export function perPartFindings(design: Design): Finding[][][] {
  if (!design || typeof design !== 'object' || !Array.isArray(design.resources)) return [];
  try {
    const ctx = buildContext(design);
    return RULES.map((rule) => rule.parts.map((part) => checkPart(part, ctx)));
  } catch {
    return [];
  }
}

export interface IncrementalOptions {
  /** Re-run everything when more than this share of the resources changed (default 1/4). */
  readonly fullRunAbove?: number;
}

interface Validated {
  readonly design: Design;
  readonly ctx: ValidationContext;
  /** Every entry an object with a unique string id and a known kind (diff.ts `wellFormed`). */
  readonly wellFormed: boolean;
  /** Each rule part's findings in emission order: `perPart[i][j]` for `RULES[i].parts[j]`. */
  readonly perPart: readonly (readonly (readonly Finding[])[])[];
  readonly findings: readonly Finding[];
}

interface Prepared {
  readonly design: Design;
  readonly ctx: ValidationContext;
  /** null: validate in full. */
  readonly diff: DesignDiff | null;
}

const FULL_RUN = RULES.map((r) => r.id);

/** Merge two lists sorted by `compareFindings` (no finding of one ties with one of the other: their rules differ). */
function merge(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const out: Finding[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareFindings(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

export function createIncrementalValidator(options: IncrementalOptions = {}): IncrementalValidator {
  const share = options.fullRunAbove ?? 0.25;
  let base: Validated | null = null;
  let pending: Prepared | null = null;
  let last: IncrementalRun = { mode: 'full', rerun: [] };

  function prepare(design: Design): Prepared {
    if (pending?.design === design) return pending;
    let diff: DesignDiff | null = null;
    let ctx: ValidationContext;
    if (base?.wellFormed) {
      const prev = base;
      diff = diffDesigns(prev.design, prev.ctx.index, design);
      if (diff && diff.count > Math.max(16, design.resources.length * share)) diff = null;
      ctx = diff ? buildContext(design, { ctx: prev.ctx, diff }) : buildContext(design);
    } else ctx = buildContext(design);
    pending = { design, ctx, diff };
    return pending;
  }

  const api: IncrementalValidator = {
    get last() {
      return last;
    },
    reset() {
      base = null;
      pending = null;
    },
    adopt(design, perPart) {
      pending = null;
      const shaped = perPart.length === RULES.length && RULES.every((r, i) => perPart[i]?.length === r.parts.length);
      let ctx: ValidationContext | null = null;
      try {
        if (shaped) ctx = buildContext(design);
      } catch {
        ctx = null;
      }
      if (!ctx) {
        // Not the findings of these rules (another version's, or none): validate here instead.
        base = null;
        return api.validate(design);
      }
      const findings = perPart.flat(2).sort(compareFindings);
      base = { design, ctx, wellFormed: wellFormed(design, ctx.index), perPart, findings };
      last = { mode: 'full', rerun: FULL_RUN };
      return findings;
    },
    context(design) {
      if (!design || typeof design !== 'object' || !Array.isArray(design.resources)) return null;
      if (base?.design === design) return base.ctx;
      try {
        return prepare(design).ctx;
      } catch {
        return null;
      }
    },
    validate(design) {
      if (!design || typeof design !== 'object' || !Array.isArray(design.resources)) return [];
      if (base?.design === design) {
        last = { mode: 'same', rerun: [] };
        return base.findings;
      }
      let p: Prepared;
      try {
        p = prepare(design);
      } catch {
        base = null;
        pending = null;
        return [];
      }
      const { ctx, diff } = p;
      let next: Validated;
      if (!base || !diff) {
        const perPart = RULES.map((rule) => rule.parts.map((part) => checkPart(part, ctx)));
        const findings = perPart.flat(2).sort(compareFindings);
        next = { design, ctx, wellFormed: wellFormed(design, ctx.index), perPart, findings };
        last = { mode: 'full', rerun: FULL_RUN };
      } else {
        const prev = base;
        const rerun = new Set<RuleId>();
        const fresh: Finding[] = [];
        const perPart = RULES.map((rule, i) => {
          const before = prev.perPart[i]!;
          let ran = false;
          const now = rule.parts.map((part, j) => {
            if (!affects(part.readSet, diff)) return before[j]!;
            ran = true;
            return checkPart(part, ctx);
          });
          if (!ran) return before;
          // The rule's findings are re-listed whole (kept parts too): they are removed by rule id below.
          rerun.add(rule.id);
          for (const f of now) fresh.push(...f);
          return now;
        });
        const findings =
          rerun.size === 0
            ? prev.findings
            : merge(
                prev.findings.filter((f) => !rerun.has(f.rule)),
                fresh.sort(compareFindings),
              );
        next = { design, ctx, wellFormed: true, perPart, findings };
        last = { mode: 'incremental', rerun: [...rerun] };
      }
      base = next;
      pending = null;
      return next.findings;
    },
  };
  return api;
}
