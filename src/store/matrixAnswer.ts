/**
 * The access matrix of a design as the matrix view shows it (plain data: it crosses a Web Worker):
 * the matrix itself (validation/matrix), each endpoint's label, and the VPC and subnet it sits in
 * (for the view's VPC/subnet filter).
 */
import type { Design } from '../model/types.ts';
import { accessMatrix, endpointLabel, type MatrixData } from '../validation/matrix/index.ts';
import { buildContext } from '../validation/context.ts';

export interface EndpointPlace {
  /** The VPC's and the subnet's ids (null for the internet, or where there is none). */
  readonly vpc: string | null;
  readonly subnet: string | null;
}

export interface MatrixAnswer {
  readonly data: MatrixData;
  readonly labels: readonly string[];
  readonly places: readonly EndpointPlace[];
}

/** The matrix of a design with its labels and places. Never throws on a malformed design. */
export function matrixAnswer(design: Design): MatrixAnswer {
  const ctx = buildContext(design);
  const m = accessMatrix(ctx);
  // The context's own index (not a second one: a large design's answer is computed after every edit).
  const index = ctx.index;
  const places = m.endpoints.map((e): EndpointPlace => {
    let vpc: string | null = null;
    let subnet: string | null = null;
    if (e.kind === 'resource') {
      const seen = new Set<string>();
      for (let r = index.get(e.id); r && !seen.has(r.id); r = r.parent ? index.get(r.parent) : undefined) {
        seen.add(r.id);
        if (r.kind === 'subnet' && !subnet) subnet = r.id;
        if (r.kind === 'vpc' && !vpc) vpc = r.id;
      }
    }
    return { vpc, subnet };
  });
  return {
    data: { endpoints: m.endpoints, cells: m.cells },
    labels: m.endpoints.map((e) => endpointLabel(ctx, e)),
    places,
  };
}
