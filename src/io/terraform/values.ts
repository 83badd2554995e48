/**
 * The values a Terraform expression has here. Besides Terraform's own (strings, numbers, bools,
 * null, lists, maps) there are three that only an import has:
 *
 * - `TfUnknown`: known only after `terraform apply` (an id AWS assigns, a data source read from the
 *   account, a module not expanded). It stays unknown all the way: it is never guessed, and the
 *   CloudFormation converter this reader hands its resources to treats it as it treats an
 *   `Fn::ImportValue` (the value is left out with a problem saying why; the validator never sees a
 *   made-up allow or deny).
 * - `TfRef`: a computed attribute of a resource of the configuration (`aws_vpc.main.id`): unknown
 *   as a value, but it names its resource, so links between resources are rebuilt from it.
 * - `TfInstance`: a resource instance as an expression names it (`aws_subnet.public[0]`), read
 *   attribute by attribute (lazily: resources may refer to each other).
 */
export class TfUnknown {
  constructor(readonly why: string) {}
}

export class TfRef {
  constructor(
    /** `aws_vpc.main`, `aws_subnet.public[0]`, `aws_subnet.app["a"]`, `module.x.aws_vpc.this`. */
    readonly address: string,
    /** `id`, `arn`, `default_security_group_id`… */
    readonly attr: string,
  ) {}
}

export class TfInstance {
  constructor(readonly address: string) {}
}

export type TfValue =
  | string
  | number
  | boolean
  | null
  | TfUnknown
  | TfRef
  | TfInstance
  | readonly TfValue[]
  | { readonly [key: string]: TfValue };

export type TfMap = { readonly [key: string]: TfValue };

export const isMap = (v: TfValue | undefined): v is TfMap =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  !(v instanceof TfUnknown) &&
  !(v instanceof TfRef) &&
  !(v instanceof TfInstance);

export const isList = (v: TfValue | undefined): v is readonly TfValue[] => Array.isArray(v);

/** A value whose content is not known here (unknown, or a computed attribute). */
export const isOpaque = (v: TfValue | undefined): v is TfUnknown | TfRef =>
  v instanceof TfUnknown || v instanceof TfRef;

/** The first unknown inside a value (for "why is this unknown"), or null. */
export function firstUnknown(v: TfValue): TfUnknown | null {
  if (v instanceof TfUnknown) return v;
  if (isList(v)) {
    for (const x of v) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  } else if (isMap(v))
    for (const x of Object.values(v)) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  return null;
}

/** Terraform's string form of a primitive (numbers without a trailing .0), or null when it has none. */
export function asText(v: TfValue | undefined): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return null;
}

export function asNumber(v: TfValue | undefined): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return null;
}

export function asBool(v: TfValue | undefined): boolean | null {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return null;
}
