/**
 * Safe readers over untrusted describe JSON: every field may be missing or of the wrong type, and
 * a reader then gives its empty value (never throws, never trusts a prototype key).
 */
export type Raw = Readonly<Record<string, unknown>>;

export const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

function own(o: unknown, k: string): unknown {
  return isObj(o) && Object.hasOwn(o, k) ? o[k] : undefined;
}

export function str(o: unknown, k: string): string | null {
  const v = own(o, k);
  return typeof v === 'string' && v !== '' ? v : null;
}

/** A whole number (every number a describe call prints is one: ports, rule numbers, counts). */
export function num(o: unknown, k: string): number | null {
  const v = own(o, k);
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  return null;
}

export function bool(o: unknown, k: string): boolean | null {
  const v = own(o, k);
  return typeof v === 'boolean' ? v : null;
}

export function obj(o: unknown, k: string): Raw | null {
  const v = own(o, k);
  return isObj(v) ? v : null;
}

export function arr(o: unknown, k: string): readonly unknown[] {
  const v = own(o, k);
  return Array.isArray(v) ? v : [];
}

/** Objects of an array field (other entries skipped). */
export function objs(o: unknown, k: string): readonly Raw[] {
  return arr(o, k).filter(isObj);
}

/** Strings of an array field. */
export function strs(o: unknown, k: string): string[] {
  return arr(o, k).filter((v): v is string => typeof v === 'string' && v !== '');
}

/** The `Name` tag (`Tags` in EC2, `TagList` in RDS), or null. */
export function nameTag(o: unknown): string | null {
  for (const t of [...objs(o, 'Tags'), ...objs(o, 'TagList')]) {
    if (str(t, 'Key') === 'Name') {
      const v = str(t, 'Value');
      if (v) return v;
    }
  }
  return null;
}

/** A field that holds AWS ids (`VpcId`, `SubnetIds`, `DBInstanceIdentifier`, an ALB's `SecurityGroups`). */
const ID_KEY = /(Id|Ids|Identifier|Arn)$|^SecurityGroups$/;

/**
 * An entry without the ids VPC Town cannot give a resource (`local`, `internet`, an IPv4 address:
 * model/ids.ts), as only damaged or hand-edited input holds them; `GatewayId: "local"` is the local
 * route and stays. Returns the same object when nothing is removed, and the ids removed.
 */
export function withoutUnusableIds(raw: Raw, unusable: (id: string) => boolean): { raw: Raw; removed: string[] } {
  const removed: string[] = [];
  const walk = (v: unknown, idKey: string | null): unknown => {
    if (Array.isArray(v)) {
      let out: unknown[] | null = null;
      v.forEach((x, i) => {
        if (idKey && typeof x === 'string' && unusable(x)) {
          removed.push(x);
          out ??= v.slice(0, i);
          return;
        }
        const w = walk(x, null);
        if (w !== x) out ??= v.slice(0, i);
        out?.push(w);
      });
      return out ?? v;
    }
    if (!isObj(v)) return v;
    let out: Record<string, unknown> | null = null;
    for (const k of Object.keys(v)) {
      const x = v[k];
      const isId = ID_KEY.test(k);
      if (isId && typeof x === 'string' && unusable(x) && !(k === 'GatewayId' && x === 'local')) {
        removed.push(x);
        out ??= { ...v };
        delete out[k];
        continue;
      }
      const w = walk(x, isId ? k : null);
      if (w !== x) (out ??= { ...v })[k] = w;
    }
    return out ?? v;
  };
  return { raw: walk(raw, null) as Raw, removed };
}
