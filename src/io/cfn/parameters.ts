/**
 * A template's Parameters: what each asks for (`templateParameters`, for a form that asks the user),
 * and the values an import uses (`resolveParameters`): the given value, else the default; a
 * parameter with neither is missing and the import is refused naming it. `AllowedValues` are checked
 * as CloudFormation checks them (a refusal), `AllowedPattern` too (a warning: VPC Town cannot be
 * sure its regular expressions match Java's). List types are split at commas; an
 * `AWS::SSM::Parameter::Value<…>` is the SSM parameter's value, only known at deploy time.
 */
import type { Problems } from '../aws/problems.ts';
import { Unknown, asString, isRecord, type Value } from './values.ts';

export interface CfnParameter {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  /** The default as a string (a list joined with commas), or null when there is none. */
  readonly default: string | null;
  readonly allowedValues: readonly string[] | null;
  readonly noEcho: boolean;
}

export interface ParameterUse {
  readonly name: string;
  readonly value: string | null;
  readonly source: 'given' | 'default' | 'missing';
}

const scalar = (v: unknown): string | null =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;

/** The parameters a parsed template declares, in order (malformed entries skipped). */
export function templateParameters(template: unknown): CfnParameter[] {
  const params = isRecord(template) && isRecord(template.Parameters) ? template.Parameters : {};
  return Object.entries(params).flatMap(([name, p]) => {
    if (!isRecord(p)) return [];
    const dflt = Array.isArray(p.Default) ? p.Default.map(scalar).join(',') : scalar(p.Default);
    const allowed = Array.isArray(p.AllowedValues)
      ? p.AllowedValues.map(scalar).filter((s): s is string => s !== null)
      : null;
    return [
      {
        name,
        type: typeof p.Type === 'string' ? p.Type : 'String',
        description: typeof p.Description === 'string' ? p.Description : '',
        default: dflt,
        allowedValues: allowed,
        noEcho: p.NoEcho === true || p.NoEcho === 'true',
      },
    ];
  });
}

const isList = (type: string) => type === 'CommaDelimitedList' || /^List<.*>$/.test(type);

/** The value of each parameter for the evaluator, or null when the import is refused (problems say why). */
export function resolveParameters(
  declared: readonly CfnParameter[],
  given: Readonly<Record<string, string>>,
  problems: Problems,
  file: string,
): { values: Map<string, Value> } | null {
  const values = new Map<string, Value>();
  let refused = false;
  const names = new Set(declared.map((p) => p.name));
  for (const name of Object.keys(given))
    if (!names.has(name))
      problems.add(
        'warning',
        'unknown-parameter',
        file,
        { name },
        `The template has no parameter ${name}; the value given for it is not used.`,
      );
  for (const p of declared) {
    const g = Object.hasOwn(given, p.name) ? asString(given[p.name]) : null;
    const raw = g ?? p.default;
    if (raw === null) {
      refused = true;
      problems.add(
        'error',
        'missing-parameter',
        file,
        { name: p.name, type: p.type },
        `The parameter ${p.name} (${p.type}) has no default: give it a value (--param ${p.name}=VALUE).`,
      );
      continue;
    }
    const items = isList(p.type) ? raw.split(',').map((s) => s.trim()) : [raw];
    if (p.allowedValues) {
      const bad = items.find((v) => !p.allowedValues!.includes(v));
      if (bad !== undefined) {
        refused = true;
        problems.add(
          'error',
          'parameter-not-allowed',
          file,
          { name: p.name, value: bad, allowed: p.allowedValues.join(', ') },
          `The parameter ${p.name} is "${bad}", which is not one of its allowed values (${p.allowedValues.join(', ')}).`,
        );
        continue;
      }
    }
    if (p.type.startsWith('AWS::SSM::Parameter::Value<')) {
      values.set(p.name, new Unknown(`the value of the SSM parameter ${raw} (read at deploy time)`));
      continue;
    }
    values.set(p.name, isList(p.type) ? items : raw);
  }
  return refused ? null : { values };
}

/** Checks AllowedPattern (anchored, as CloudFormation matches the whole value): a warning for each value that fails. */
export function checkPatterns(template: unknown, values: ReadonlyMap<string, Value>, problems: Problems, file: string) {
  const params = isRecord(template) && isRecord(template.Parameters) ? template.Parameters : {};
  for (const [name, p] of Object.entries(params)) {
    if (!isRecord(p) || typeof p.AllowedPattern !== 'string') continue;
    const v = values.get(name);
    const items = Array.isArray(v) ? v : [v];
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${p.AllowedPattern})$`);
    } catch {
      continue;
    }
    for (const item of items) {
      if (typeof item !== 'string' || re.test(item)) continue;
      problems.add(
        'warning',
        'parameter-pattern',
        file,
        { name, value: item, pattern: p.AllowedPattern },
        `The parameter ${name} is "${item}", which does not match its AllowedPattern ${p.AllowedPattern}; CloudFormation would refuse it.`,
      );
    }
  }
}
