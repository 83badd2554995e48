/**
 * How a rule is defined: an id from the catalogue, an English title, the variants it can emit
 * (each with its severity, so the UI can list every `${id}.${variant}` text key), and a pure check.
 */
import type { ResourceId } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { show } from '../safe.ts';
import type { Finding, RuleId, RuleVariant, Severity } from '../types.ts';

export interface RuleDef {
  readonly id: RuleId;
  readonly title: string;
  readonly variants: readonly RuleVariant[];
  check(ctx: ValidationContext): Finding[];
}

export type Emit<V extends string> = (
  variant: V,
  resource: ResourceId,
  message: string,
  params?: Record<string, string | number>,
  related?: readonly ResourceId[],
) => void;

export function defineRule<V extends string>(def: {
  id: RuleId;
  title: string;
  variants: Record<V, Severity>;
  run(ctx: ValidationContext, emit: Emit<V>): void;
}): RuleDef {
  const variants = Object.entries(def.variants).map(([key, severity]) => ({ key, severity: severity as Severity }));
  return {
    id: def.id,
    title: def.title,
    variants,
    check(ctx) {
      const out: Finding[] = [];
      def.run(ctx, (variant, resource, message, params = {}, related) => {
        // Values read from a garbage design may be anything: params stay strings and numbers.
        const clean: Record<string, string | number> = {};
        for (const [k, v] of Object.entries(params)) clean[k] = typeof v === 'number' || typeof v === 'string' ? v : show(v);
        const f: Finding = {
          rule: def.id,
          severity: def.variants[variant],
          resource: typeof resource === 'string' ? resource : show(resource),
          message,
          variant,
          params: clean,
          ...(related && related.length ? { related: [...related] } : {}),
        };
        out.push(f);
      });
      return out;
    },
  };
}
