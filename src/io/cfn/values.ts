/**
 * The values a template's expressions evaluate to: JSON-like data, `NO_VALUE` (`AWS::NoValue`: the
 * property or list entry is left out) and `Unknown`, a value CloudFormation only knows at deploy
 * time (an `Fn::ImportValue`, an attribute AWS assigns, an SSM parameter). An unknown is carried
 * through every function that meets it and never replaced by a guess.
 */
export class Unknown {
  constructor(
    /** Why it cannot be known, in English: `the value exported as "net-SubnetA"`. */
    readonly why: string,
    /** For Fn::ImportValue: the export's name, when that is known (a placeholder takes it as its id). */
    readonly importName: string | null = null,
  ) {}
}

export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

export type Value = string | number | boolean | null | Unknown | typeof NO_VALUE | Value[] | { [k: string]: Value };

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown);

/** A failure CloudFormation itself would report (a bad argument, an index out of range): the caller reports it. */
export class TemplateError extends Error {}

/** A value as the string CloudFormation would use (numbers and booleans as written), else null. */
export function asString(v: Value | undefined): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return null;
}

/** CloudFormation's booleans: true/false, or the strings "true"/"false" (any case). */
export function asBool(v: Value | undefined): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return null;
}

/** A whole number written as a number or a string of digits. */
export function asInt(v: Value | undefined): number | null {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d{1,15}\s*$/.test(v)) return Number(v);
  return null;
}
