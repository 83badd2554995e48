/**
 * The schema pieces every kind is built from (`fieldSchemas`), and the value lists that exist once
 * in the model: protocols, database engines and the internet endpoint.
 *
 * What the schema judges: types, enums, required fields, port ranges (0–65535), integer rule numbers.
 * What it leaves to the validator (src/validation): CIDR syntax and sizes, NACL rule-number ranges,
 * which parent a kind may sit in, routing semantics. Those are findings the user can fix on the
 * canvas, not reasons to refuse a file.
 *
 * Objects use zod's default "strip" mode: unknown keys are dropped (io/json/read.ts warns about each
 * one), and zod copies only declared keys, so a `__proto__` key in a file never reaches the output.
 * No transforms, so `z.toJSONSchema` can render the whole schema (scripts/gen-schema.ts).
 */
import type { z as Zod } from 'zod';

/**
 * The zod builders the schema pieces and the kinds' `fields` are made with (./schemas.ts hands
 * them over). A few functions, not the module: passing zod's namespace around as a value would
 * keep all of zod (its every locale) in the bundle.
 */
export type ZodModule = Pick<typeof Zod, 'array' | 'boolean' | 'enum' | 'literal' | 'number' | 'object' | 'string' | 'union'>;

/** The traffic a rule, flow or query names. `all` is every protocol (AWS's `-1`). */
export const PROTOCOLS = ['tcp', 'udp', 'icmp', 'all'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** The IP protocol numbers that have a name in PROTOCOLS (AWS's `-1` is `all`). */
export const NAMED_PROTOCOL_NUMBERS: Readonly<Record<number, Protocol>> = {
  1: 'icmp',
  6: 'tcp',
  17: 'udp',
  [-1]: 'all',
};

/**
 * A rule's, flow's or query's protocol: a name, or the IP protocol number of any other protocol
 * (0–255, e.g. 50 for ESP, as AWS's `IpProtocol` takes it). 1, 6 and 17 are always written by name.
 */
export type IpProtocol = Protocol | number;

/**
 * Well-known IP protocol numbers without a name of their own in PROTOCOLS, named in texts
 * ("protocol 50 (ESP)"). IANA's assigned numbers; the rest are shown as a plain number.
 */
export const WELL_KNOWN_PROTOCOLS: Readonly<Record<number, string>> = {
  0: 'HOPOPT',
  2: 'IGMP',
  4: 'IP-in-IP',
  41: 'IPv6',
  47: 'GRE',
  50: 'ESP',
  51: 'AH',
  58: 'ICMPv6',
  89: 'OSPF',
  94: 'IPIP',
  103: 'PIM',
  112: 'VRRP',
  132: 'SCTP',
};

/** Whether a value is a protocol a rule, flow or query may name (a name, or a number 0–255 that has none). */
export function isIpProtocol(p: unknown): p is IpProtocol {
  if (typeof p === 'string') return (PROTOCOLS as readonly string[]).includes(p);
  return typeof p === 'number' && Number.isInteger(p) && p >= 0 && p <= 255 && !(p in NAMED_PROTOCOL_NUMBERS);
}

/** Whether a protocol has ports (only tcp and udp; icmp keeps type and code in the port fields). */
export function isPorted(p: unknown): p is 'tcp' | 'udp' {
  return p === 'tcp' || p === 'udp';
}

/** RDS engines, in the order the inspector offers them. */
export const DB_ENGINES = ['postgres', 'mysql', 'mariadb', 'aurora', 'sqlserver', 'oracle'] as const;
export type DbEngine = (typeof DB_ENGINES)[number];

/** The endpoint that stands for any host on the internet (flows, queries, `blockedAt`). */
export const INTERNET = 'internet';
export type Internet = typeof INTERNET;

/** Plain data made read-only all the way down (the model's values are never mutated). */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * The schema pieces the kinds share, built with zod when a schema is first needed (zod is not in
 * the first paint: ./schemas.ts loads it with the file reader). Built once (./schemas.ts), so a
 * piece is one object everywhere (the format doc and the arbitraries recognise them by identity).
 */
export function fieldSchemas(z: ZodModule) {
  const idSchema = z.string().min(1, 'An id must not be empty.').max(200, 'An id is at most 200 characters.');
  /** A reference to another resource by id. */
  const refSchema = idSchema;

  const portSchema = z
    .number()
    .int('A port is a whole number.')
    .min(0, 'A port is between 0 and 65535.')
    .max(65535, 'A port is between 0 and 65535.');

  /**
   * A name, or any other IP protocol number (0–255). 1, 6 and 17 must be written by name (`icmp`,
   * `tcp`, `udp`), so one protocol has one spelling and rules compare by equality.
   */
  const protocolSchema = z
    .union(
      [
        z.enum(PROTOCOLS),
        z
          .number()
          .int('A protocol number is a whole number.')
          .refine((n) => !(n in NAMED_PROTOCOL_NUMBERS), {
            message: 'Protocols -1, 1, 6 and 17 are written by name: `all`, `icmp`, `tcp`, `udp`.',
            abort: true,
          })
          .min(0, 'A protocol number is between 0 and 255.')
          .max(255, 'A protocol number is between 0 and 255.'),
      ],
      { error: 'A protocol is `tcp`, `udp`, `icmp`, `all` or an IP protocol number from 0 to 255.' },
    )
    .meta({
      description:
        '`tcp`, `udp`, `icmp`, `all` (every protocol, AWS `-1`), or the IP protocol number of any other protocol (0–255, e.g. 50 for ESP; 1, 6 and 17 are written by name).',
    });

  const positionSchema = z.object({ x: z.number(), y: z.number() }).meta({
    description: 'Top-left corner, relative to the parent container.',
  });

  const sizeSchema = z.object({
    width: z.number().min(0, 'A width is not negative.'),
    height: z.number().min(0, 'A height is not negative.'),
  });

  /** The fields every resource has. */
  const baseFields = {
    id: idSchema.meta({ description: 'Unique in the design, AWS-style (vpc-0a1b2c3d).' }),
    name: z.string(),
    parent: refSchema.nullable().meta({ description: 'Id of the containing resource; null at the top level.' }),
    position: positionSchema,
  };

  /** The fields every container (region, VPC, AZ, subnet) adds: its size on the canvas. */
  const containerFields = { size: sizeSchema };

  const routeSchema = z.object({
    id: idSchema,
    destination: z.string(),
    target: z
      .string()
      .min(1, 'A route needs a target: `local` or a resource id.')
      .meta({ description: '`local`, or the id of an internet gateway, NAT gateway, instance or peering connection.' }),
  });

  const naclRuleSchema = z.object({
    id: idSchema,
    number: z
      .number()
      .int('A NACL rule number is a whole number.')
      .meta({ description: '1 to 32766; evaluated lowest first, first match wins.' }),
    direction: z.enum(['inbound', 'outbound']),
    action: z.enum(['allow', 'deny']),
    protocol: protocolSchema,
    fromPort: portSchema,
    toPort: portSchema,
    cidr: z.string().meta({
      description:
        'An IPv4 or IPv6 block; `unknown` / `unknown-ipv6`: a block an import could not know (of no known family / IPv6), neither allow nor deny.',
    }),
  });

  const sgRuleSchema = z
    .object({
      id: idSchema,
      protocol: protocolSchema,
      fromPort: portSchema,
      toPort: portSchema,
      cidr: z.string().nullable(),
      sourceSg: refSchema
        .nullable()
        .meta({ description: 'The security group the rule admits (for egress: the destination group).' }),
      prefixListId: refSchema
        .optional()
        .meta({ description: 'The managed prefix list (`pl-…`) whose CIDRs the rule admits (for egress: reaches).' }),
      description: z.string(),
    })
    .refine((r) => [r.cidr, r.sourceSg, r.prefixListId ?? null].filter((v) => v !== null).length === 1, {
      message: 'A security group rule needs exactly one of `cidr`, `sourceSg` and `prefixListId`.',
    });

  const flowSchema = z.object({
    id: idSchema,
    from: z.string().min(1).meta({ description: '`internet`, a dotted IPv4 address, or a resource id.' }),
    to: z.string().min(1).meta({ description: '`internet`, a dotted IPv4 address, or a resource id.' }),
    protocol: protocolSchema,
    port: portSchema,
    label: z.string(),
    ipVersion: z
      .union([z.literal(4), z.literal(6)])
      .optional()
      .meta({ description: '6: the flow is IPv6 traffic (the resources’ IPv6 addresses). Absent: IPv4.' }),
    expect: z.enum(['reachable', 'blocked']).optional().meta({
      description:
        'What the flow is drawn for: traffic that should get through (the default, when absent) or be blocked.',
    }),
  });

  return {
    idSchema,
    refSchema,
    portSchema,
    protocolSchema,
    positionSchema,
    sizeSchema,
    baseFields,
    containerFields,
    routeSchema,
    naclRuleSchema,
    sgRuleSchema,
    flowSchema,
  };
}

/** The shared schema pieces (`fieldSchemas`), as the kinds' `fields` receive them. */
export type FieldSchemas = ReturnType<typeof fieldSchemas>;
