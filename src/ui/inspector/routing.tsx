/** The sections of a route table: whether it is the main table, its routes, the subnets that use it. */
import { useTranslation } from 'react-i18next';
import type { RouteTable } from '../../model/index.ts';
import { Section, Toggle } from '../fields.tsx';
import { SubnetAssociations } from './checklists.tsx';
import type { SectionProps } from './section.tsx';
import { RoutesTable } from './tables.tsx';
import { updateOf } from './update.ts';

export function RoutesSection({ design, r }: SectionProps<RouteTable>) {
  const { t } = useTranslation();
  return (
    <>
      <Toggle
        label={t('inspector.main')}
        checked={r.main}
        testId="inspector.main"
        onChange={(main) => updateOf(r)({ main })}
      />
      <Section title={t('inspector.routes')} explains="routeTable">
        <RoutesTable design={design} table={r} />
      </Section>
    </>
  );
}

export function RouteTableAssociationsSection({ design, r }: SectionProps<RouteTable>) {
  return <SubnetAssociations design={design} owner={r} testId="inspector.assoc" />;
}
