/**
 * Terraform's functions that network configurations use, as Terraform defines them
 * (https://developer.hashicorp.com/terraform/language/functions). A function given an unknown
 * argument answers unknown, except where Terraform's answer does not depend on it (`length` of a
 * list of unknown ids, `element` of such a list, `concat`, `merge`…). A call Terraform would reject
 * throws an EvalError with Terraform's reason.
 */
import { TfUnknown, asNumber, asText, isList, isMap, isOpaque, type TfMap, type TfValue } from '../values.ts';

export class EvalError extends Error {}

type Fn = (args: TfValue[]) => TfValue;

const fail = (message: string): never => {
  throw new EvalError(message);
};

function list(name: string, v: TfValue): readonly TfValue[] {
  if (isList(v)) return v;
  return fail(`${name}: expected a list`);
}
function text(name: string, v: TfValue): string {
  const s = asText(v);
  return s ?? fail(`${name}: expected a string`);
}
function int(name: string, v: TfValue): number {
  const n = asNumber(v);
  if (n === null || !Number.isInteger(n)) fail(`${name}: expected a whole number`);
  return n!;
}
function map(name: string, v: TfValue): TfMap {
  if (isMap(v)) return v;
  return fail(`${name}: expected a map or object`);
}

/** Any unknown among the arguments (shallow): the call's answer is unknown too. */
const opaque = (args: TfValue[]): TfUnknown | null => {
  const u = args.find(isOpaque);
  return u ? (u instanceof TfUnknown ? u : new TfUnknown(`${u.address}.${u.attr}, known after apply`)) : null;
};
/** Wrap a function whose answer depends on every argument's value. */
const strict =
  (f: Fn): Fn =>
  (args) =>
    opaque(args) ?? f(args);

/* ---------------------------------------------------------------- addresses */

function parseCidr(name: string, s: string): { v6: boolean; addr: bigint; bits: number } {
  const m = /^([^/]+)\/(\d+)$/.exec(s.trim());
  if (!m) return fail(`${name}: "${s}" is not a CIDR block`);
  const ip = m[1]!;
  const bits = Number(m[2]);
  if (ip.includes(':')) {
    const [head, tail] = ip.split('::') as [string, string | undefined];
    const h = head ? head.split(':') : [];
    const t = tail !== undefined ? (tail ? tail.split(':') : []) : [];
    const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    if (groups.length !== 8 || bits > 128) return fail(`${name}: "${s}" is not a CIDR block`);
    let addr = 0n;
    for (const g of groups) addr = (addr << 16n) | BigInt(parseInt(g || '0', 16));
    return { v6: true, addr, bits };
  }
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255) || bits > 32)
    return fail(`${name}: "${s}" is not a CIDR block`);
  return {
    v6: false,
    addr: BigInt(((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!),
    bits,
  };
}

function formatAddr(v6: boolean, addr: bigint): string {
  if (!v6) return [24n, 16n, 8n, 0n].map((s) => String((addr >> s) & 255n)).join('.');
  const groups = [];
  for (let i = 7; i >= 0; i--) groups.push(((addr >> BigInt(i * 16)) & 0xffffn).toString(16));
  // The longest run of zero groups becomes `::`, as Terraform (Go's net package) prints it.
  let best = -1;
  let len = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > len && j - i > 1) {
      best = i;
      len = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + len).join(':')}`;
}

function cidrsubnet(prefix: string, newbits: number, netnum: number): string {
  const { v6, addr, bits } = parseCidr('cidrsubnet', prefix);
  const width = v6 ? 128 : 32;
  const nb = bits + newbits;
  if (newbits < 0 || nb > width) fail(`cidrsubnet: a /${bits} has no room for ${newbits} more bits`);
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits))
    fail(`cidrsubnet: ${netnum} does not fit in ${newbits} bits`);
  const hostBits = BigInt(width - nb);
  const base = (addr >> BigInt(width - bits)) << BigInt(width - bits);
  return `${formatAddr(v6, base | (BigInt(netnum) << hostBits))}/${nb}`;
}

function cidrhost(prefix: string, hostnum: number): string {
  const { v6, addr, bits } = parseCidr('cidrhost', prefix);
  const width = v6 ? 128 : 32;
  const size = 1n << BigInt(width - bits);
  const n = hostnum < 0 ? size + BigInt(hostnum) : BigInt(hostnum);
  if (n < 0n || n >= size) fail(`cidrhost: host ${hostnum} is outside ${prefix}`);
  const base = (addr >> BigInt(width - bits)) << BigInt(width - bits);
  return formatAddr(v6, base + n);
}

/* ---------------------------------------------------------------- format */

function format(spec: string, args: TfValue[]): string {
  let i = 0;
  return spec.replace(/%(%|[-+ 0#]*\d*(?:\.\d+)?[sdvqftxXob])/g, (all, verb: string) => {
    if (verb === '%') return '%';
    if (i >= args.length) fail(`format: not enough arguments for ${spec}`);
    const v = args[i++]!;
    const kind = verb.at(-1)!;
    const flags = verb.slice(0, -1);
    const width = Number(/\d+/.exec(flags.replace(/\.\d+/, ''))?.[0] ?? 0);
    const pad = (s: string) =>
      s.length >= width
        ? s
        : flags.includes('-')
          ? s.padEnd(width)
          : s.padStart(width, flags.startsWith('0') ? '0' : ' ');
    if (kind === 'd') return pad(String(Math.trunc(asNumber(v) ?? fail(`format: ${all} needs a number`))));
    if (kind === 'q') return JSON.stringify(text('format', v));
    if (kind === 'f')
      return pad(
        (asNumber(v) ?? fail(`format: ${all} needs a number`)).toFixed(Number(/\.(\d+)/.exec(flags)?.[1] ?? 6)),
      );
    if (kind === 'x' || kind === 'X' || kind === 'o' || kind === 'b') {
      const n = Math.trunc(asNumber(v) ?? fail(`format: ${all} needs a number`));
      const s = n.toString(kind === 'o' ? 8 : kind === 'b' ? 2 : 16);
      return pad(kind === 'X' ? s.toUpperCase() : s);
    }
    if (kind === 'v' && typeof v !== 'string' && !(typeof v === 'number' || typeof v === 'boolean'))
      return JSON.stringify(v);
    return pad(text('format', v));
  });
}

/* ---------------------------------------------------------------- the table */

const distinct = (xs: readonly TfValue[]) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};
const flatten = (xs: readonly TfValue[]): TfValue[] => xs.flatMap((x) => (isList(x) ? flatten(x) : [x]));

export const FUNCTIONS: Readonly<Record<string, Fn>> = {
  cidrsubnet: strict(([p, b, n]) => cidrsubnet(text('cidrsubnet', p!), int('cidrsubnet', b!), int('cidrsubnet', n!))),
  cidrsubnets: strict(([p, ...bits]) => {
    // Consecutive blocks of the given sizes, each aligned after the previous (Terraform's cidrsubnets).
    const { v6, addr, bits: pb } = parseCidr('cidrsubnets', text('cidrsubnets', p!));
    const width = v6 ? 128 : 32;
    let next = (addr >> BigInt(width - pb)) << BigInt(width - pb);
    return bits.map((b) => {
      const nb = pb + int('cidrsubnets', b);
      const size = 1n << BigInt(width - nb);
      next = ((next + size - 1n) / size) * size;
      const out = `${formatAddr(v6, next)}/${nb}`;
      next += size;
      return out;
    });
  }),
  cidrhost: strict(([p, n]) => cidrhost(text('cidrhost', p!), int('cidrhost', n!))),
  element: ([l, i]) => {
    if (isOpaque(l!)) return opaque([l!])!;
    if (isOpaque(i!)) return opaque([i!])!;
    const xs = list('element', l!);
    if (!xs.length) fail('element: the list is empty');
    const n = int('element', i!);
    return xs[((n % xs.length) + xs.length) % xs.length]!;
  },
  length: ([v]) => {
    if (isOpaque(v!)) return opaque([v!])!;
    if (isList(v)) return v.length;
    if (isMap(v)) return Object.keys(v).length;
    if (typeof v === 'string') return [...v].length;
    return fail('length: expected a list, map or string');
  },
  concat: (args) => opaque(args) ?? args.flatMap((a) => list('concat', a)),
  lookup: ([m, k, d]) => {
    if (isOpaque(m!) || isOpaque(k!)) return opaque([m!, k!])!;
    const o = map('lookup', m!);
    const key = text('lookup', k!);
    if (Object.hasOwn(o, key)) return o[key]!;
    if (d === undefined) fail(`lookup: no key "${key}" and no default`);
    return d!;
  },
  tolist: ([v]) => (isOpaque(v!) ? v! : isList(v) ? v : fail('tolist: expected a list or set')),
  toset: ([v]) => {
    if (isOpaque(v!)) return v!;
    const xs = distinct(list('toset', v!));
    // A set of strings is ordered by value, as Terraform orders it.
    return xs.every((x) => typeof x === 'string') ? [...xs].sort() : xs;
  },
  tomap: ([v]) => (isOpaque(v!) ? v! : map('tomap', v!)),
  format: (args) => opaque(args) ?? format(text('format', args[0]!), args.slice(1)),
  formatlist: strict(([spec, ...args]) => {
    const n = Math.max(...args.map((a) => (isList(a) ? a.length : 1)));
    return Array.from({ length: n }, (_, i) =>
      format(
        text('formatlist', spec!),
        args.map((a) => (isList(a) ? a[i]! : a)),
      ),
    );
  }),
  merge: (args) => {
    const u = opaque(args);
    if (u) return u;
    const out: Record<string, TfValue> = {};
    for (const a of args) if (a !== null) Object.assign(out, map('merge', a));
    return out;
  },
  coalesce: (args) => {
    for (const a of args) {
      if (isOpaque(a)) return a;
      if (a !== null && a !== '') return a;
    }
    return fail('coalesce: no non-null, non-empty argument');
  },
  coalescelist: (args) => {
    for (const a of args) {
      if (isOpaque(a)) return a;
      if (list('coalescelist', a).length) return a;
    }
    return fail('coalescelist: every list is empty');
  },
  compact: strict(([l]) => list('compact', l!).filter((x) => x !== null && x !== '')),
  distinct: strict(([l]) => distinct(list('distinct', l!))),
  flatten: strict(([l]) => flatten(list('flatten', l!))),
  keys: strict(([m]) => Object.keys(map('keys', m!)).sort()),
  values: strict(([m]) => {
    const o = map('values', m!);
    return Object.keys(o)
      .sort()
      .map((k) => o[k]!);
  }),
  join: strict(([sep, ...ls]) =>
    ls
      .flatMap((l) => list('join', l))
      .map((x) => text('join', x))
      .join(text('join', sep!)),
  ),
  split: strict(([sep, s]) => text('split', s!).split(text('split', sep!))),
  slice: strict(([l, a, b]) => list('slice', l!).slice(int('slice', a!), int('slice', b!))),
  range: strict((args) => {
    const n = args.map((a) => asNumber(a) ?? fail('range: expected numbers'));
    const [start, end, step] = n.length === 1 ? [0, n[0]!, 1] : [n[0]!, n[1]!, n[2] ?? (n[1]! >= n[0]! ? 1 : -1)];
    if (step === 0) fail('range: the step cannot be 0');
    const out: number[] = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) {
      out.push(i);
      if (out.length > 1024) fail('range: more than 1024 numbers');
    }
    return out;
  }),
  min: strict((args) => Math.min(...args.map((a) => asNumber(a) ?? fail('min: expected numbers')))),
  max: strict((args) => Math.max(...args.map((a) => asNumber(a) ?? fail('max: expected numbers')))),
  tostring: ([v]) => (isOpaque(v!) ? v! : v === null ? null : text('tostring', v!)),
  tonumber: ([v]) => (isOpaque(v!) ? v! : v === null ? null : (asNumber(v) ?? fail('tonumber: not a number'))),
  tobool: ([v]) =>
    isOpaque(v!)
      ? v!
      : v === null || typeof v === 'boolean'
        ? v
        : v === 'true'
          ? true
          : v === 'false'
            ? false
            : fail('tobool: not a bool'),
  contains: strict(([l, v]) => list('contains', l!).some((x) => JSON.stringify(x) === JSON.stringify(v))),
  zipmap: strict(([k, v]) => {
    const ks = list('zipmap', k!);
    const vs = list('zipmap', v!);
    return Object.fromEntries(ks.map((key, i) => [text('zipmap', key), vs[i] ?? null]));
  }),
  one: ([l]) => {
    if (isOpaque(l!)) return l!;
    const xs = list('one', l!);
    return xs.length === 0 ? null : xs.length === 1 ? xs[0]! : fail('one: more than one element');
  },
  lower: strict(([s]) => text('lower', s!).toLowerCase()),
  upper: strict(([s]) => text('upper', s!).toUpperCase()),
  title: strict(([s]) => text('title', s!).replace(/\b\w/g, (c) => c.toUpperCase())),
  trimspace: strict(([s]) => text('trimspace', s!).trim()),
  substr: strict(([s, o, l]) => {
    const chars = [...text('substr', s!)];
    const off = int('substr', o!);
    const len = int('substr', l!);
    return chars.slice(off, len < 0 ? undefined : off + len).join('');
  }),
  replace: strict(([s, a, b]) => {
    const str = text('replace', s!);
    const from = text('replace', a!);
    const to = text('replace', b!);
    if (from.length > 1 && from.startsWith('/') && from.endsWith('/'))
      return str.replace(new RegExp(from.slice(1, -1), 'g'), to.replace(/\$\{?(\d+)\}?/g, '$$$1'));
    return str.split(from).join(to);
  }),
  sort: strict(([l]) => [...list('sort', l!)].map((x) => text('sort', x)).sort()),
  reverse: strict(([l]) => [...list('reverse', l!)].reverse()),
  sum: strict(([l]) => list('sum', l!).reduce<number>((a, x) => a + (asNumber(x) ?? fail('sum: expected numbers')), 0)),
  abs: strict(([n]) => Math.abs(asNumber(n!) ?? fail('abs: expected a number'))),
  floor: strict(([n]) => Math.floor(asNumber(n!) ?? fail('floor: expected a number'))),
  ceil: strict(([n]) => Math.ceil(asNumber(n!) ?? fail('ceil: expected a number'))),
  setproduct: strict((ls) => {
    let out: TfValue[][] = [[]];
    for (const l of ls) out = out.flatMap((prefix) => list('setproduct', l).map((x) => [...prefix, x]));
    if (out.length > 4096) fail('setproduct: too many combinations');
    return out;
  }),
  setunion: strict((ls) => distinct(ls.flatMap((l) => list('setunion', l)))),
  setintersection: strict(([first, ...rest]) =>
    list('setintersection', first!).filter((x) =>
      rest.every((l) => list('setintersection', l).some((y) => JSON.stringify(x) === JSON.stringify(y))),
    ),
  ),
  setsubtract: strict(([a, b]) =>
    list('setsubtract', a!).filter(
      (x) => !list('setsubtract', b!).some((y) => JSON.stringify(x) === JSON.stringify(y)),
    ),
  ),
  startswith: strict(([s, p]) => text('startswith', s!).startsWith(text('startswith', p!))),
  endswith: strict(([s, p]) => text('endswith', s!).endsWith(text('endswith', p!))),
  jsonencode: strict(([v]) => JSON.stringify(v)),
};

/** Functions whose value is read from files, the clock or the network: never known here. */
export const UNKNOWABLE = new Set(
  [
    'file',
    'fileexists',
    'templatefile',
    'timestamp',
    'uuid',
    'filebase64',
    'fileset',
    'plantimestamp',
    'bcrypt',
    'base64sha256',
    'sha256',
    'md5',
    'sha1',
    'uuidv5',
    'base64encode',
    'base64decode',
    'jsondecode',
    'yamldecode',
    'yamlencode',
    'regex',
    'regexall',
    'trimprefix',
    'trimsuffix',
    'trim',
    'chomp',
    'indent',
    'urlencode',
    'pathexpand',
    'abspath',
    'dirname',
    'basename',
    'sensitive',
    'nonsensitive',
    'index',
    'chunklist',
    'transpose',
    'matchkeys',
    'alltrue',
    'anytrue',
    'log',
    'pow',
    'signum',
    'parseint',
    'strrev',
    'textencodebase64',
    'textdecodebase64',
    'base64gzip',
    'filemd5',
    'filesha1',
    'filesha256',
    'filesha512',
    'sha512',
    'rsadecrypt',
    'timeadd',
    'timecmp',
    'formatdate',
    'type',
    'ephemeralasnull',
    'issensitive',
    'templatestring',
    'strcontains',
    'cidrnetmask',
    'tobool',
  ].filter((n) => !(n in FUNCTIONS)),
);
