/**
 * The zod schemas of intents (./intents.ts), for the reader (io/json/schema.ts): with the other
 * schemas (./kinds/schemas.ts), outside the first paint.
 */
import { z } from 'zod';
import { protocolSchema, portSchema } from './kinds/schemas.ts';
import { THROUGH_KINDS } from './intents.ts';

const idSchema = z.string().min(1, 'An id must not be empty.').max(200, 'An id is at most 200 characters.');

/** A set of traffic endpoints, the way users think of them. */
export const intentSetSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('resource'), id: idSchema }).meta({ description: 'One resource, by id.' }),
    z
      .object({ type: z.literal('kind'), kind: z.string().min(1) })
      .meta({ description: 'Every resource of a kind (`rds`: all databases; `instance`; `loadBalancer`).' }),
    z
      .object({ type: z.literal('role'), role: z.string().min(1) })
      .meta({ description: 'Every resource whose kind has a role (`workload`, `addressable`).' }),
    z.object({ type: z.literal('name'), pattern: z.string().min(1) }).meta({
      description:
        'Every resource whose name (or id) matches a glob pattern: `web-*`, `*db*`, `app-?` (case-insensitive).',
    }),
    z
      .object({ type: z.literal('subnet'), id: idSchema })
      .meta({ description: 'The resources in one subnet (a load balancer or database spanning it included).' }),
    z.object({ type: z.literal('subnets'), which: z.enum(['public', 'private']) }).meta({
      description:
        'The resources in every public (route to an attached internet gateway) or private subnet, by the validator’s definition.',
    }),
    z
      .object({ type: z.literal('securityGroup'), id: idSchema })
      .meta({ description: 'The members of a security group (what it is attached to).' }),
    z.object({ type: z.literal('internet') }).meta({ description: 'The internet (any address outside the design).' }),
    z.object({ type: z.literal('cidr'), cidr: z.string().min(1) }).meta({
      description:
        'Every address in an IPv4 CIDR: the resources whose private address is in it, and the internet part of it.',
    }),
  ])
  .meta({ description: 'A set of traffic endpoints.' });

/** A protocol and, for TCP and UDP, a port range (absent: every port). */
export const trafficSchema = z
  .object({
    protocol: protocolSchema,
    fromPort: portSchema.optional(),
    toPort: portSchema.optional(),
  })
  .refine((t) => t.fromPort === undefined || t.toPort === undefined || t.fromPort <= t.toPort, {
    message: 'A port range starts at or below where it ends.',
  });

/** Kinds of hop an `only` intent may require the traffic to pass through. */
export const expectationSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('never') }),
    z.object({
      type: z.literal('only'),
      ports: z
        .array(trafficSchema)
        .optional()
        .meta({ description: 'The only traffic that may get through (absent: any of the intent’s traffic).' }),
      through: z
        .enum(THROUGH_KINDS)
        .optional()
        .meta({ description: 'The only kind of hop the traffic may get through by.' }),
    }),
    z.object({ type: z.literal('always') }),
  ])
  .meta({ description: '`never`, `only` (on these ports and/or through this kind of hop) or `always`.' });

export const intentSchema = z.object({
  id: idSchema,
  name: z.string(),
  from: intentSetSchema,
  to: intentSetSchema,
  traffic: z
    .array(trafficSchema)
    .optional()
    .meta({ description: 'The traffic the intent is about; absent: all traffic (every protocol and port).' }),
  expect: expectationSchema,
  enabled: z.boolean(),
});
