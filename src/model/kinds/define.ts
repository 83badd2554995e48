/**
 * `defineKind`: everything about one kind of resource in one place (tldraw's `ShapeUtil`,
 * strudel-flow's `defineNode`). The registry (./index.ts) collects the definitions; the schema,
 * the model types, ids, containment, the palette, the projection to nodes, the inspector, the
 * references that edits and the reader repair, and the test builders are all derived from it.
 * A question about a group of kinds goes through a role (`KINDS[k].roles.workload`), never through
 * a list of kinds copied into a rule.
 */
import type { z } from 'zod';
import type { DetailContext, NodeDetails } from './details.ts';
import type { DeepReadonly, FieldSchemas, ZodModule } from './fields.ts';

/** Palette section a kind is listed under. */
export type KindGroup = 'container' | 'gateway' | 'routing' | 'security' | 'compute' | 'connection';

/**
 * What a kind is, for the code that asks about groups of kinds:
 * - `workload`: a traffic endpoint a user draws flows to and from and asks "who can reach this?"
 *   about (instances, load balancers, databases).
 * - `addressable`: gets a private address in its subnet (workloads and NAT gateways).
 * - `securityGroupMember`: has `securityGroupIds` (AWS attaches groups to its network interfaces).
 * - `routeTarget`: may be the target of a route.
 * - `subnetAssociation`: lists the subnets that use it (`subnetIds`: route tables, NACLs), one per subnet.
 * - `spansSubnets`: sits in one subnet on the canvas but spans the subnets listed in `subnetIds`.
 */
export interface KindRoles {
  readonly workload?: true;
  readonly addressable?: true;
  readonly securityGroupMember?: true;
  readonly routeTarget?: true;
  readonly subnetAssociation?: true;
  readonly spansSubnets?: true;
}
export type KindRole = keyof KindRoles;

/**
 * A field that refers to other resources by id. Edits keep these consistent (a delete removes the
 * reference, a copy remaps it) and the reader checks them, all from this declaration:
 * - `list`: an array of ids (`subnetIds`); `single`: an id or null (`requesterVpcId`);
 *   `records`: an id inside each record of an array (`routes[].target`, `ingress[].sourceSg`).
 * - `to`: the kinds it may name (any kind with the role, for `routeTarget`).
 * - `onDelete`: `drop` removes the id (or the record); `keep` leaves it dangling, as AWS keeps a
 *   route to a deleted gateway as a blackhole.
 * - `association`: a copy keeps only references to resources copied with it (a subnet has one
 *   route table and one NACL, so a copied table must not take the originals' subnets).
 * - `special`: values that are not ids (`local`).
 */
export type RefField =
  | {
      readonly field: string;
      readonly shape: 'list';
      readonly to: readonly string[] | { readonly role: KindRole };
      readonly onDelete: 'drop';
      readonly association?: true;
    }
  | {
      readonly field: string;
      readonly shape: 'single';
      readonly to: readonly string[] | { readonly role: KindRole };
      readonly onDelete: 'drop';
    }
  | {
      readonly field: string;
      readonly shape: 'records';
      readonly key: string;
      readonly to: readonly string[] | { readonly role: KindRole };
      readonly onDelete: 'drop' | 'keep';
      readonly special?: readonly string[];
      /** How messages name one record: `route` and the field that tells it apart (`destination`). */
      readonly record?: { readonly noun: string; readonly labelKey: string };
    };

/** Sub-records with ids of their own (routes, rules): a copy gives them fresh ids with this prefix. */
export type RecordFields = Readonly<Record<string, string>>;

/** Inspector sections a kind shows, in order; src/ui's inspector renders each id. */
export type InspectorSection =
  | 'regionCode'
  | 'vpcAddressing'
  | 'zone'
  | 'subnetAddressing'
  | 'natGateway'
  | 'routes'
  | 'routeTableAssociations'
  | 'naclRules'
  | 'naclAssociations'
  | 'securityGroupRules'
  | 'instance'
  | 'loadBalancer'
  | 'database'
  | 'peering'
  | 'external'
  | 'prefixList'
  | 'transitGateway'
  | 'tgwAttachment'
  | 'tgwRouteTable'
  | 'vpnGateway'
  | 'customerGateway'
  | 'vpnConnection'
  | 'listeners'
  | 'targetGroup'
  | 'networkInterface'
  | 'securityGroups'
  | 'subnetsAndGroups'
  | 'whoCanReach'
  | 'gatewayEndpoint'
  | 'interfaceEndpoint';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** What `create` may use to propose defaults (the design it is added to, where it goes). */
export interface CreateContext<D = unknown> {
  readonly design: D;
  readonly parent: string | null;
  /** The name the kind would get (`uniqueName`), for kinds that derive other fields from it. */
  readonly name: string;
}

/** The zod shape of a whole resource of a kind: `kind`, the base fields, `size` for containers, and its own fields. */
type ResourceShape<K extends string, S extends z.ZodRawShape, C extends boolean> = {
  kind: z.ZodLiteral<K>;
} & FieldSchemas['baseFields'] &
  (C extends true ? FieldSchemas['containerFields'] : {}) &
  S;

/** A resource of the kind a spec describes, read-only all the way down. */
type SpecResource<K extends string, S extends z.ZodRawShape, C extends boolean> = DeepReadonly<
  z.output<z.ZodObject<ResourceShape<K, S, C>>>
>;

export interface KindSpec<
  K extends string,
  S extends z.ZodRawShape,
  C extends boolean,
  R extends KindRoles = KindRoles,
> {
  readonly kind: K;
  /** AWS-style id prefix, so ids read like the console's (`vpc-0a1b2c3d`). */
  readonly idPrefix: string;
  /** The kind in plain English, for the reader's and the CLI's messages (`security group`). */
  readonly noun: string;
  /** Containers (region, VPC, AZ, subnet) hold other resources and have a size of their own. */
  readonly container: C;
  /**
   * The kind's own fields with their schema (`kind`, `id`, `name`, `parent`, `position`, `size` are
   * added), built from zod and the shared pieces when first needed (`KindDef.fields`): zod is not
   * part of the first paint (./schemas.ts).
   */
  readonly fields: (z: ZodModule, pieces: FieldSchemas) => S;
  /** What each field means: the format doc's tables and the JSON Schema's descriptions. */
  readonly notes?: { readonly [F in keyof NoInfer<S>]?: string };
  /** Where it may sit; `null` is the top level of the canvas. */
  readonly parents: readonly (string | null)[];
  /** Size of a fresh node on the canvas. */
  readonly size: Size;
  readonly group: KindGroup;
  /** `false` for kinds that only arrive by import (external resources, prefix lists): not in the palette. */
  readonly palette?: false;
  /** Palette order. */
  readonly order: number;
  /** Base of generated names (`subnet-1`); containers that are usually alone get it as is. */
  readonly defaultName: string;
  readonly bareNameWhenAlone?: true;
  readonly roles: R;
  readonly refs: readonly RefField[];
  readonly records?: RecordFields;
  /** Connection handles: a target on the left and a source on the right. */
  readonly handles: { readonly target: boolean; readonly source: boolean };
  readonly inspector: readonly InspectorSection[];
  /** Fields a copy must not carry over (a copy of the default SG is not the default). */
  readonly resetOnCopy?: Readonly<Record<string, unknown>>;
  /** The name of a fresh resource when it follows from its fields (an AZ is named after its zone). */
  readonly nameOf?: (fields: DeepReadonly<z.input<z.ZodObject<S>>>) => string;
  /** Defaults for a fresh resource, with proposals drawn from the design (next free block, zone). */
  create(ctx: CreateContext): DeepReadonly<z.input<z.ZodObject<S>>>;
  /** What its node shows under the name (details.ts): a line of text, chips, a variant. */
  details(r: SpecResource<K, S, C>, ctx: DetailContext): NodeDetails;
}

export interface KindDef<
  K extends string = string,
  S extends z.ZodRawShape = z.ZodRawShape,
  C extends boolean = boolean,
  R extends KindRoles = KindRoles,
> extends Omit<KindSpec<K, S, C, R>, 'fields'> {
  /**
   * The kind's own fields with their schema. Built on first use, which needs zod loaded: import
   * ./schemas.ts (the file reader does) before reading it.
   */
  readonly fields: S;
  /** The whole resource: `kind`, the base fields, `size` for containers, and the kind's fields. */
  readonly schema: z.ZodObject<ResourceShape<K, S, C>>;
  /** Text keys (src/i18n/locales): the kind's name, what it is, its analogy, and the short analogy on the canvas. */
  readonly texts: {
    readonly name: `kind.${K}`;
    readonly meaning: `meaning.${K}`;
    readonly analogy: `analogy.${K}`;
    readonly short: `analogyShort.${K}`;
  };
}

let zod: { readonly z: ZodModule; readonly pieces: FieldSchemas } | null = null;

/** Hand zod and the shared pieces to the definitions (./schemas.ts, once, when zod has loaded). */
export function provideZod(z: ZodModule, pieces: FieldSchemas): void {
  zod = { z, pieces };
}

function loadedZod() {
  if (!zod)
    throw new Error(
      "A kind's schema was used before zod was loaded: import src/model/kinds/schemas.ts first (the file reader, io/json/read.ts, does).",
    );
  return zod;
}

export function defineKind<
  const K extends string,
  const S extends z.ZodRawShape,
  const C extends boolean,
  const R extends KindRoles,
>(spec: KindSpec<K, S, C, R>): KindDef<K, S, C, R> {
  let fields: S | undefined;
  let schema: z.ZodObject | undefined;
  const fieldsOf = (): S => {
    const { z, pieces } = loadedZod();
    return (fields ??= spec.fields(z, pieces));
  };
  const def = {
    ...spec,
    texts: {
      name: `kind.${spec.kind}`,
      meaning: `meaning.${spec.kind}`,
      analogy: `analogy.${spec.kind}`,
      short: `analogyShort.${spec.kind}`,
    },
  };
  // Built on first read, and not enumerable, so that copying or printing a definition does not
  // build them (nor fail before zod has loaded).
  return Object.defineProperties(def, {
    fields: { get: fieldsOf, enumerable: false },
    schema: {
      enumerable: false,
      get: () => {
        if (schema) return schema;
        const { z, pieces } = loadedZod();
        const shape = {
          kind: z.literal(spec.kind),
          ...pieces.baseFields,
          ...(spec.container ? pieces.containerFields : {}),
          ...Object.fromEntries(
            Object.entries(fieldsOf()).map(([f, s]) => {
              const note = (spec.notes as Record<string, string | undefined> | undefined)?.[f];
              return [f, note ? (s as z.ZodType).meta({ description: note }) : s];
            }),
          ),
        };
        return (schema = z.object(shape));
      },
    },
  }) as unknown as KindDef<K, S, C, R>;
}

/** The resource a definition describes, read-only all the way down. */
export type ResourceOfDef<D> = D extends { readonly schema: infer Z extends z.ZodType }
  ? DeepReadonly<z.output<Z>>
  : never;
