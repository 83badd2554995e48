/**
 * The access matrix: for every ordered pair of endpoints (default: the internet and every
 * workload), the exact traffic that gets through and the traffic whose fate is not known.
 */
import type { Design } from '../../model/types.ts';
import { buildContext, type ValidationContext } from '../context.ts';
import { engineFor, NO_ACCESS, type Access } from './access.ts';
import { defaultEndpoints, endpointKey, type Endpoint } from './endpoints.ts';
import { ALL, isEmpty, type TrafficSet } from './trafficSet.ts';

export interface MatrixCell extends Access {
  /** Indexes into `endpoints`. */
  readonly src: number;
  readonly dst: number;
}

/** The matrix as plain data (crosses a Web Worker, prints as JSON): only non-empty cells are listed. */
export interface MatrixData {
  readonly endpoints: readonly Endpoint[];
  readonly cells: readonly MatrixCell[];
}

export interface AccessMatrix extends MatrixData {
  /** The cell of two endpoints (empty for a pair not in the matrix or with nothing between them). */
  cell(src: Endpoint, dst: Endpoint): Access;
}

export interface MatrixOptions {
  /** The endpoints (default: `defaultEndpoints`, the internet then every workload). */
  readonly endpoints?: readonly Endpoint[];
  /** Only this traffic (default: all). */
  readonly within?: TrafficSet;
}

function isContext(x: Design | ValidationContext): x is ValidationContext {
  return typeof (x as ValidationContext).index === 'object' && typeof (x as ValidationContext).cidr === 'function';
}

/** Look cells up by endpoint in matrix data. */
export function withLookup(data: MatrixData): AccessMatrix {
  const index = new Map<string, number>();
  data.endpoints.forEach((e, i) => index.set(endpointKey(e), i));
  const cells = new Map<number, Access>();
  const n = data.endpoints.length;
  for (const c of data.cells) cells.set(c.src * n + c.dst, c);
  return {
    ...data,
    cell(src, dst) {
      const i = index.get(endpointKey(src));
      const j = index.get(endpointKey(dst));
      if (i === undefined || j === undefined) return NO_ACCESS;
      return cells.get(i * n + j) ?? NO_ACCESS;
    },
  };
}

/** The full matrix of a design (or of a validation context). Never throws on a malformed design. */
export function accessMatrix(input: Design | ValidationContext, options: MatrixOptions = {}): AccessMatrix {
  const ctx = isContext(input) ? input : buildContext(input);
  const endpoints = options.endpoints ? [...options.endpoints] : defaultEndpoints(ctx);
  const within = options.within ?? ALL;
  const engine = engineFor(ctx);
  // Resources that behave alike share a class (AccessEngine.classKey): one computation per pair of classes.
  const ids = new Map<string, number>();
  const members: number[][] = [];
  const classOf = endpoints.map((e, i) => {
    const key = engine.classOf(e);
    if (key === null) return -1;
    let c = ids.get(key);
    if (c === undefined) {
      ids.set(key, (c = members.length));
      members.push([]);
    }
    members[c]!.push(i);
    return c;
  });
  const nc = members.length;
  const memo: (Access | undefined)[] = new Array<Access | undefined>(nc * nc);
  const cells: MatrixCell[] = [];
  for (let i = 0; i < endpoints.length; i++) {
    const ci = classOf[i]!;
    if (ci < 0) continue;
    const inside = endpoints[i]!.kind === 'resource';
    for (let j = 0; j < endpoints.length; j++) {
      const cj = classOf[j]!;
      if (i === j || cj < 0 || (!inside && endpoints[j]!.kind !== 'resource')) continue;
      let a = memo[ci * nc + cj];
      if (!a) {
        // Two members of one class: any two distinct members stand for every such pair.
        const from = members[ci]![0]!;
        const to = ci === cj ? members[ci]![1]! : members[cj]![0]!;
        a = engine.classBetween(endpoints[from]!, endpoints[to]!, within);
        memo[ci * nc + cj] = a;
      }
      if (!isEmpty(a.allowed) || !isEmpty(a.unknown))
        cells.push({ src: i, dst: j, allowed: a.allowed, unknown: a.unknown });
    }
  }
  return withLookup({ endpoints, cells });
}
