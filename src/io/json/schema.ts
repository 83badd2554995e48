/**
 * The zod schema of a saved design (format `vpc-town`, version 1): the shape of src/model/types.ts,
 * checked where data enters (file open, share link, CLI).
 *
 * What the schema judges: types, enums, required fields, port ranges (0–65535), integer rule numbers.
 * What it leaves to the validator (src/validation): CIDR syntax and sizes, NACL rule-number ranges,
 * which parent a kind may sit in, routing semantics. Those are findings the user can fix on the
 * canvas, not reasons to refuse a file.
 *
 * Objects use zod's default "strip" mode: unknown keys are dropped (read.ts warns about each one),
 * and zod copies only declared keys, so a `__proto__` key in the file never reaches the output.
 * No transforms here, so `z.toJSONSchema` can render the whole schema (scripts/gen-schema.ts).
 */
import { z } from 'zod';
import type * as M from '../../model/types.ts';
import { DESIGN_FORMAT, DESIGN_VERSION } from '../../model/types.ts';

// zod 4 compiles object parsers with `new Function` unless told not to; the app runs under a
// Content-Security-Policy without 'unsafe-eval', where even zod's probe for eval is a violation.
z.config({ jitless: true });

const id = z.string().min(1, 'An id must not be empty.').max(200, 'An id is at most 200 characters.');
const ref = id;
const coordinate = z.number();
const port = z
  .number()
  .int('A port is a whole number.')
  .min(0, 'A port is between 0 and 65535.')
  .max(65535, 'A port is between 0 and 65535.');

export const protocolSchema = z.enum(['tcp', 'udp', 'icmp', 'all']);

export const positionSchema = z.object({ x: coordinate, y: coordinate }).meta({
  description: 'Top-left corner, relative to the parent container.',
});

export const sizeSchema = z.object({
  width: z.number().min(0, 'A width is not negative.'),
  height: z.number().min(0, 'A height is not negative.'),
});

const base = {
  id: id.meta({ description: 'Unique in the design, AWS-style (vpc-0a1b2c3d).' }),
  name: z.string(),
  parent: ref.nullable().meta({ description: 'Id of the containing resource; null at the top level.' }),
  position: positionSchema,
};
const container = { ...base, size: sizeSchema };

export const regionSchema = z.object({ kind: z.literal('region'), ...container, code: z.string() });

export const vpcSchema = z.object({
  kind: z.literal('vpc'),
  ...container,
  cidrBlocks: z.array(z.string()),
  flowLogs: z.boolean(),
  isDefault: z.boolean(),
});

export const azSchema = z.object({ kind: z.literal('az'), ...container, zone: z.string() });

export const subnetSchema = z.object({
  kind: z.literal('subnet'),
  ...container,
  cidr: z.string(),
  mapPublicIpOnLaunch: z.boolean(),
});

export const igwSchema = z.object({ kind: z.literal('igw'), ...base });

export const natSchema = z.object({
  kind: z.literal('nat'),
  ...base,
  connectivity: z.enum(['public', 'private']),
  elasticIp: z.string().nullable(),
});

export const routeSchema = z.object({
  id,
  destination: z.string(),
  target: z.string().min(1, 'A route needs a target: `local` or a resource id.'),
});

export const routeTableSchema = z.object({
  kind: z.literal('routeTable'),
  ...base,
  main: z.boolean(),
  routes: z.array(routeSchema),
  subnetIds: z.array(ref),
});

export const naclRuleSchema = z.object({
  id,
  number: z.number().int('A NACL rule number is a whole number.'),
  direction: z.enum(['inbound', 'outbound']),
  action: z.enum(['allow', 'deny']),
  protocol: protocolSchema,
  fromPort: port,
  toPort: port,
  cidr: z.string(),
});

export const naclSchema = z.object({
  kind: z.literal('nacl'),
  ...base,
  isDefault: z.boolean(),
  rules: z.array(naclRuleSchema),
  subnetIds: z.array(ref),
});

export const sgRuleSchema = z
  .object({
    id,
    protocol: protocolSchema,
    fromPort: port,
    toPort: port,
    cidr: z.string().nullable(),
    sourceSg: ref.nullable(),
    description: z.string(),
  })
  .refine((r) => (r.cidr === null) !== (r.sourceSg === null), {
    message: 'A security group rule needs exactly one of `cidr` and `sourceSg`.',
  });

export const securityGroupSchema = z.object({
  kind: z.literal('securityGroup'),
  ...base,
  description: z.string(),
  isDefault: z.boolean(),
  ingress: z.array(sgRuleSchema),
  egress: z.array(sgRuleSchema),
});

export const instanceSchema = z.object({
  kind: z.literal('instance'),
  ...base,
  instanceType: z.string(),
  privateIp: z.string().nullable(),
  publicIp: z.enum(['none', 'auto', 'elastic']),
  elasticIp: z.string().nullable(),
  securityGroupIds: z.array(ref),
});

export const loadBalancerSchema = z.object({
  kind: z.literal('loadBalancer'),
  ...base,
  scheme: z.enum(['internet-facing', 'internal']),
  subnetIds: z.array(ref),
  securityGroupIds: z.array(ref),
  listenerPorts: z.array(port),
});

export const databaseSchema = z.object({
  kind: z.literal('rds'),
  ...base,
  engine: z.enum(['mysql', 'postgres', 'mariadb', 'sqlserver', 'oracle', 'aurora']),
  port,
  publiclyAccessible: z.boolean(),
  subnetIds: z.array(ref),
  securityGroupIds: z.array(ref),
  privateIp: z.string().nullable(),
});

export const peeringSchema = z.object({
  kind: z.literal('peering'),
  ...base,
  requesterVpcId: ref.nullable(),
  accepterVpcId: ref.nullable(),
});

export const resourceSchema = z.discriminatedUnion('kind', [
  regionSchema,
  vpcSchema,
  azSchema,
  subnetSchema,
  igwSchema,
  natSchema,
  routeTableSchema,
  naclSchema,
  securityGroupSchema,
  instanceSchema,
  loadBalancerSchema,
  databaseSchema,
  peeringSchema,
]);

export const flowSchema = z.object({
  id,
  from: z.string().min(1).meta({ description: '`internet`, a dotted IPv4 address, or a resource id.' }),
  to: z.string().min(1).meta({ description: '`internet`, a dotted IPv4 address, or a resource id.' }),
  protocol: protocolSchema,
  port,
  label: z.string(),
});

export const designSchema = z
  .object({
    format: z.literal(DESIGN_FORMAT),
    version: z.literal(DESIGN_VERSION),
    name: z.string(),
    resources: z.array(resourceSchema),
    flows: z.array(flowSchema),
  })
  .meta({
    title: 'VPC Town design',
    description: 'A VPC Town design document (see docs/design-format.md).',
  });

/* Compile-time guard: every kind's schema has exactly the fields of its model type. */
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type Parsed = z.infer<typeof resourceSchema>;
type KindsMatch = {
  [K in M.ResourceKind]: SameKeys<Extract<Parsed, { kind: K }>, M.ResourceOfKind<K>>;
};
const kindsMatch: KindsMatch[M.ResourceKind] = true;
const recordsMatch: [
  SameKeys<z.infer<typeof routeSchema>, M.Route>,
  SameKeys<z.infer<typeof naclRuleSchema>, M.NaclRule>,
  SameKeys<z.infer<typeof sgRuleSchema>, M.SgRule>,
  SameKeys<z.infer<typeof flowSchema>, M.Flow>,
  SameKeys<z.infer<typeof designSchema>, M.Design>,
] = [true, true, true, true, true];
/* The parsed value is a Design (mutable arrays are assignable to readonly ones). */
const parsedIsDesign = (d: z.infer<typeof designSchema>): M.Design => d;
void kindsMatch;
void recordsMatch;
void parsedIsDesign;
