import type { ComponentType, ReactNode } from 'react';
import {
  type Design,
  type KindRole,
  type KindsWith,
  type Resource,
  type ResourceKind,
  type ResourceOfKind,
  hasRole,
} from '../../model/index.ts';

/** What a section gets: the design (for the resources it offers to pick) and the selected resource. */
export interface SectionProps<R> {
  readonly design: Design;
  readonly r: R;
}

/**
 * One inspector section, as `sections.tsx` lists it: the kinds it can show (`accepts`) and the view,
 * which renders nothing for a resource it does not accept. Build one with `forKind` or `forRole`, so
 * the view is typed with the fields it edits.
 */
export interface InspectorSectionView {
  readonly accepts: (r: { readonly kind: ResourceKind }) => boolean;
  readonly View: (props: SectionProps<Resource>) => ReactNode;
}

function isKind<K extends ResourceKind>(r: { readonly kind: ResourceKind }, kind: K): r is ResourceOfKind<K> {
  return r.kind === kind;
}

/** A section of one kind's own fields (`instance`: type, addresses). */
export function forKind<K extends ResourceKind>(
  kind: K,
  View: ComponentType<SectionProps<ResourceOfKind<K>>>,
): InspectorSectionView {
  return {
    accepts: (r) => isKind(r, kind),
    View: ({ design, r }) => (isKind(r, kind) ? <View design={design} r={r} /> : null),
  };
}

/** A section every kind with `role` shows alike (`securityGroupMember`: the groups it is in). */
export function forRole<R extends KindRole>(
  role: R,
  View: ComponentType<SectionProps<ResourceOfKind<KindsWith<R>>>>,
): InspectorSectionView {
  return {
    accepts: (r) => hasRole(r, role),
    View: ({ design, r }) => (hasRole(r, role) ? <View design={design} r={r} /> : null),
  };
}
