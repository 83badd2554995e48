/**
 * What a resource's node shows under its name, as data: each kind's `details` (define.ts) gives a
 * line of text, chips and a variant. The model knows no language, so a text that needs words is a
 * text key with params (src/i18n/locales `node.*`, `inspector.*`), translated by the canvas.
 * What a kind needs of the rest of the design comes through a `DetailContext` (model/nodeDetails.ts
 * makes one from the design's index), so the definitions need no types of the whole design.
 */

/** A line of node text: literal (a CIDR, an IP) or a text key with params, translated by the canvas. */
export type DetailText = string | { readonly k: string; readonly p?: Readonly<Record<string, string | number>> };

/** A chip on a node: a name it refers to (a security group, a subnet's route table) or a word (a table's "main"). */
export interface DetailChip {
  readonly key: string;
  readonly label: string;
  /** A text key for `label` (the canvas translates it); absent: `label` is a name, shown as is. */
  readonly textKey?: string;
  readonly tone: 'rtb' | 'acl' | 'sg' | 'ip' | 'public' | 'private';
  /** A subnet's route table or NACL: drawn with that kind's icon. */
  readonly association?: boolean;
}

export interface NodeDetails {
  readonly subtitle: DetailText;
  readonly chips: readonly DetailChip[];
  /** A subnet's colour: public or private. */
  readonly variant: 'public' | 'private' | null;
}

/** What details may ask about the rest of the design. */
export interface DetailContext {
  /** The name of the VPC `id`, if there is one. */
  vpcName(id: string | null): string | undefined;
  /** The security groups among `ids` that exist, in order. */
  securityGroups(ids: readonly string[]): readonly { readonly id: string; readonly name: string }[];
  /** The route table and NACL a subnet uses (its own, or its VPC's main and default ones), and whether it is public. */
  subnetUses(id: string): {
    readonly routeTable: string | undefined;
    readonly nacl: string | undefined;
    readonly isPublic: boolean;
  };
}

/** Details that are one line of text. */
export const line = (subtitle: DetailText): NodeDetails => ({ subtitle, chips: [], variant: null });

/** A chip per security group the resource is in (the groups that exist, in its order). */
export function securityGroupChips(ids: readonly string[], ctx: DetailContext): DetailChip[] {
  return ctx.securityGroups(ids).map((sg) => ({ key: sg.id, label: sg.name, tone: 'sg' }));
}
