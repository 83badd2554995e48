/** Readers for route tables shared by the RT-*, NAT-* and PEER-* rules. */
import type { Cidr } from '../../model/cidr.ts';
import type { Route, RouteTable } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { objects, str } from '../safe.ts';

export interface ParsedRoute {
  readonly route: Route;
  readonly destination: Cidr;
  /** The target id, or 'local'; null when missing or not a string. */
  readonly target: string | null;
}

/** Routes whose destination parses, in document order. */
export function parsedRoutes(ctx: ValidationContext, table: RouteTable): ParsedRoute[] {
  const out: ParsedRoute[] = [];
  for (const route of objects<Route>(table.routes)) {
    const destination = ctx.cidr(route.destination);
    if (destination) out.push({ route, destination, target: str(route.target) });
  }
  return out;
}

/** The route for 0.0.0.0/0 (first one wins if duplicated). */
export function defaultRoute(ctx: ValidationContext, table: RouteTable | undefined): ParsedRoute | undefined {
  return table ? parsedRoutes(ctx, table).find((r) => r.destination.prefix === 0) : undefined;
}
