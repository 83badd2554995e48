/**
 * Reachability diffs: the traffic design B allows that design A does not, and the reverse, cell
 * by cell of the two access matrices, each with a witness (a concrete packet and its path, in the
 * design that allows it). The uses: a design against the network imported from AWS (drift), a
 * design before and after a change (a change review).
 *
 * Endpoints are matched by id (a resource of the same kind with the same id), else by name (the
 * only workload of that kind with that name on each side); the internet matches the internet.
 * Endpoints without a match are listed, not compared. Traffic whose fate is not known on either
 * side is not counted as allowed (nor as a difference).
 */
import type { Design } from '../../model/types.ts';
import { buildContext, type ValidationContext } from '../context.ts';
import { witness, type Witness } from './access.ts';
import { defaultEndpoints, endpointKey, endpointLabel, type Endpoint } from './endpoints.ts';
import { accessMatrix } from './matrix.ts';
import { isEmpty, subtract, type TrafficSet } from './trafficSet.ts';

export interface EndpointMatch {
  readonly a: Endpoint;
  readonly b: Endpoint;
  readonly label: string;
  readonly by: 'id' | 'name' | 'internet';
}

export interface AccessDiffCell {
  /** The matched source and destination. */
  readonly src: EndpointMatch;
  readonly dst: EndpointMatch;
  /** Allowed in B, not in A. */
  readonly added: TrafficSet;
  /** Allowed in A, not in B. */
  readonly removed: TrafficSet;
  /** A packet of `added` and its path in B. */
  readonly addedWitness?: Witness;
  /** A packet of `removed` and its path in A. */
  readonly removedWitness?: Witness;
}

export interface AccessDiff {
  readonly matched: readonly EndpointMatch[];
  /** Endpoints of one design that the other has no match for (labels). */
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
  readonly cells: readonly AccessDiffCell[];
}

export interface DiffOptions {
  /** Witnesses for at most this many cells, the first ones (default `DEFAULT_MAX_WITNESSES`; Infinity for all). */
  readonly maxWitnesses?: number;
}

/**
 * Witnesses a diff gives by default: each asks the path engine, and a diff of two large designs
 * can have thousands of cells. They are computed when first read (a cell's property is a getter).
 */
export const DEFAULT_MAX_WITNESSES = 100;

/** An enumerable property computed on first read (JSON and structured clone read it like any other). */
function lazy<T>(target: object, name: string, compute: () => T): void {
  let done = false;
  let value: T;
  Object.defineProperty(target, name, {
    enumerable: true,
    configurable: true,
    get() {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
  });
}

const ctxOf = (x: Design | ValidationContext): ValidationContext =>
  typeof (x as ValidationContext).cidr === 'function' ? (x as ValidationContext) : buildContext(x as Design);

/** Match the endpoints of two designs: by id and kind, else by a name unique among that kind on both sides. */
export function matchEndpoints(
  a: ValidationContext,
  b: ValidationContext,
): {
  matched: EndpointMatch[];
  onlyInA: Endpoint[];
  onlyInB: Endpoint[];
} {
  const ea = defaultEndpoints(a);
  const eb = defaultEndpoints(b);
  const kindOf = (ctx: ValidationContext, e: Endpoint) => (e.kind === 'resource' ? ctx.index.get(e.id)?.kind : e.kind);
  const used = new Set<string>();
  const matched: EndpointMatch[] = [];
  const rest: Endpoint[] = [];
  for (const e of ea) {
    if (e.kind !== 'resource') {
      const other = eb.find((x) => endpointKey(x) === endpointKey(e));
      if (other) {
        used.add(endpointKey(other));
        matched.push({ a: e, b: other, label: endpointLabel(a, e), by: 'internet' });
      } else rest.push(e);
      continue;
    }
    const other = eb.find((x) => x.kind === 'resource' && x.id === e.id && kindOf(b, x) === kindOf(a, e));
    if (other) {
      used.add(endpointKey(other));
      matched.push({ a: e, b: other, label: endpointLabel(b, other), by: 'id' });
    } else rest.push(e);
  }
  // By name: unique on both sides among the unmatched endpoints of the same kind.
  const nameOf = (ctx: ValidationContext, e: Endpoint) => {
    const r = e.kind === 'resource' ? ctx.index.get(e.id) : undefined;
    return r && typeof r.name === 'string' && r.name.trim() ? `${r.kind}|${r.name.trim()}` : null;
  };
  const freeB = eb.filter((x) => !used.has(endpointKey(x)));
  const count = (list: Endpoint[], ctx: ValidationContext) => {
    const m = new Map<string, number>();
    for (const e of list) {
      const n = nameOf(ctx, e);
      if (n) m.set(n, (m.get(n) ?? 0) + 1);
    }
    return m;
  };
  const na = count(rest, a);
  const nb = count(freeB, b);
  const onlyInA: Endpoint[] = [];
  for (const e of rest) {
    const n = nameOf(a, e);
    const other = n && na.get(n) === 1 && nb.get(n) === 1 ? freeB.find((x) => nameOf(b, x) === n) : undefined;
    if (other) {
      used.add(endpointKey(other));
      matched.push({ a: e, b: other, label: endpointLabel(b, other), by: 'name' });
    } else onlyInA.push(e);
  }
  return { matched, onlyInA, onlyInB: eb.filter((x) => !used.has(endpointKey(x))) };
}

/** What B allows that A does not, and the reverse, as cells with a witness each. Never throws. */
export function diffAccess(
  designA: Design | ValidationContext,
  designB: Design | ValidationContext,
  options: DiffOptions = {},
): AccessDiff {
  const a = ctxOf(designA);
  const b = ctxOf(designB);
  const { matched, onlyInA, onlyInB } = matchEndpoints(a, b);
  const ma = accessMatrix(a, { endpoints: matched.map((m) => m.a) });
  const mb = accessMatrix(b, { endpoints: matched.map((m) => m.b) });
  const cells: AccessDiffCell[] = [];
  let witnesses = options.maxWitnesses ?? DEFAULT_MAX_WITNESSES;
  for (const s of matched) {
    for (const d of matched) {
      if (s === d) continue;
      const inA = ma.cell(s.a, d.a).allowed;
      const inB = mb.cell(s.b, d.b).allowed;
      const added = subtract(inB, inA);
      const removed = subtract(inA, inB);
      if (isEmpty(added) && isEmpty(removed)) continue;
      const cell: AccessDiffCell = { src: s, dst: d, added, removed };
      if (witnesses-- > 0) {
        if (!isEmpty(added)) lazy(cell, 'addedWitness', () => witness(b, s.b, d.b, added) ?? undefined);
        if (!isEmpty(removed)) lazy(cell, 'removedWitness', () => witness(a, s.a, d.a, removed) ?? undefined);
      }
      cells.push(cell);
    }
  }
  return {
    matched,
    onlyInA: onlyInA.map((e) => endpointLabel(a, e)),
    onlyInB: onlyInB.map((e) => endpointLabel(b, e)),
    cells,
  };
}
