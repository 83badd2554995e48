import type { TFunction } from 'i18next';
import type { ResourceKind } from '../model/index.ts';

/** "This EC2 instance cannot go here: put it inside a Subnet." */
export function refusalText(t: TFunction, kind: ResourceKind, needs: readonly (ResourceKind | null)[]): string {
  const names = needs.map((k) => (k === null ? t('drop.topLevel') : t(`kindInside.${k}`)));
  return t('drop.refused', { kind: t(`kind.${kind}`), needs: names.join(t('drop.or')) });
}
