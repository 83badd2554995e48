/** The sections of a network ACL (its rules, its subnets) and of a security group (its rules). */
import { useTranslation } from 'react-i18next';
import type { NetworkAcl, SecurityGroup } from '../../model/index.ts';
import { Section, TextField, Toggle } from '../fields.tsx';
import { SubnetAssociations } from './checklists.tsx';
import type { SectionProps } from './section.tsx';
import { NaclRulesTable, SgRulesTable } from './tables.tsx';
import { updateOf } from './update.ts';

export function NaclRulesSection({ r }: SectionProps<NetworkAcl>) {
  const { t } = useTranslation();
  return (
    <>
      <Toggle
        label={t('inspector.isDefault')}
        checked={r.isDefault}
        testId="inspector.naclDefault"
        onChange={(isDefault) => updateOf(r)({ isDefault })}
      />
      <Section title={t('inspector.rules')} explains="nacl">
        <NaclRulesTable acl={r} />
      </Section>
    </>
  );
}

export function NaclAssociationsSection({ design, r }: SectionProps<NetworkAcl>) {
  return <SubnetAssociations design={design} owner={r} testId="inspector.naclAssoc" />;
}

export function SecurityGroupRulesSection({ design, r }: SectionProps<SecurityGroup>) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('inspector.description')}
        value={r.description}
        testId="inspector.description"
        onCommit={(description) => updateOf(r)({ description })}
      />
      <Section title={t('inspector.ingress')} explains="securityGroup">
        <SgRulesTable design={design} sg={r} dir="ingress" />
      </Section>
      <Section title={t('inspector.egress')} explains="securityGroup">
        <SgRulesTable design={design} sg={r} dir="egress" />
      </Section>
    </>
  );
}
