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
  // Built on the first look-up: the matrix view and a worker's answer never ask.
  let index: Map<string, number> | undefined;
  let cells: Map<number, Access> | undefined;
  const n = data.endpoints.length;
  return {
    ...data,
    cell(src, dst) {
      if (!index || !cells) {
        index = new Map();
        cells = new Map();
        data.endpoints.forEach((e, i) => index!.set(endpointKey(e), i));
        for (const c of data.cells) cells.set(c.src * n + c.dst, c);
      }
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
  const keys: string[] = [];
  const members: number[][] = [];
  const classOf = new Int32Array(endpoints.length).fill(-1);
  endpoints.forEach((e, i) => {
    const key = engine.classOf(e);
    if (key === null) return;
    let c = ids.get(key);
    if (c === undefined) {
      ids.set(key, (c = members.length));
      keys.push(key);
      members.push([]);
    }
    members[c]!.push(i);
    classOf[i] = c;
  });
  // Class by class: a pair of classes with nothing between them (most of them) costs one look-up, not one per member pair.
  const n = members.length;
  const table: (Access | null)[] = new Array<Access | null>(n * n).fill(null);
  for (let ci = 0; ci < n; ci++) {
    const from = members[ci]!;
    const inside = endpoints[from[0]!]!.kind === 'resource';
    for (let cj = 0; cj < n; cj++) {
      const to = members[cj]!;
      if (!inside && endpoints[to[0]!]!.kind !== 'resource') continue;
      if (ci === cj && from.length < 2) continue;
      // Two members of one class: any two distinct members stand for every such pair.
      const src = endpoints[from[0]!]!;
      const dst = endpoints[ci === cj ? from[1]! : to[0]!]!;
      const a = engine.classAccess(keys[ci]!, keys[cj]!, src, dst, within);
      if (!isEmpty(a.allowed) || !isEmpty(a.unknown)) table[ci * n + cj] = a;
    }
  }
  // Expanded in order (source, then destination): no sort.
  const cells: MatrixCell[] = [];
  for (let i = 0; i < endpoints.length; i++) {
    const ci = classOf[i]!;
    if (ci < 0) continue;
    const row = ci * n;
    for (let j = 0; j < endpoints.length; j++) {
      const cj = classOf[j]!;
      if (cj < 0 || i === j) continue;
      const a = table[row + cj];
      if (a) cells.push({ src: i, dst: j, allowed: a.allowed, unknown: a.unknown });
    }
  }
  return withLookup({ endpoints, cells });
}
