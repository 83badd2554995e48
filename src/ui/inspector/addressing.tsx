/** The sections of the containers: a region's code, a VPC's and a subnet's addressing, an AZ's zone. */
import { useTranslation } from 'react-i18next';
import {
  type AvailabilityZone,
  type Region,
  type Subnet,
  type Vpc,
  effectiveNacl,
  effectiveRouteTable,
  indexDesign,
  isPublicSubnet,
} from '../../model/index.ts';
import { useDesignStore } from '../../store/designStore.ts';
import { Section, Select, TextField, Toggle, useCidrValidator } from '../fields.tsx';
import type { SectionProps } from './section.tsx';
import { updateOf } from './update.ts';
import { SubnetIpv6Field, VpcIpv6Blocks } from './ipv6.tsx';

export function RegionCodeSection({ r }: SectionProps<Region>) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('inspector.regionCode')}
      value={r.code}
      testId="inspector.regionCode"
      mono
      onCommit={(code) => updateOf(r)({ code })}
    />
  );
}

/** A VPC's CIDR blocks (the primary and any secondary ones), flow logs and whether it is the default VPC. */
export function VpcAddressingSection({ r }: SectionProps<Vpc>) {
  const { t } = useTranslation();
  const cidrCheck = useCidrValidator();
  const update = updateOf(r);
  return (
    <>
      <Section title={t('inspector.cidrBlocks')} explains="vpc">
        {r.cidrBlocks.map((b, i) => (
          <TextField
            key={i}
            label={i === 0 ? t('inspector.primaryBlock') : t('inspector.secondaryBlock', { n: i })}
            value={b}
            mono
            testId={`inspector.cidrBlock.${i}`}
            validate={cidrCheck}
            onCommit={(v) => update({ cidrBlocks: r.cidrBlocks.map((x, j) => (j === i ? v : x)) })}
          />
        ))}
        <button
          type="button"
          className="vt-btn vt-btn--small"
          data-testid="inspector.addBlock"
          onClick={() => update({ cidrBlocks: [...r.cidrBlocks, ''] })}
        >
          + {t('inspector.addBlock')}
        </button>
      </Section>
      <VpcIpv6Blocks r={r} />
      <Toggle
        label={t('inspector.flowLogs')}
        checked={r.flowLogs}
        testId="inspector.flowLogs"
        onChange={(flowLogs) => update({ flowLogs })}
      />
      <Toggle
        label={t('inspector.defaultVpc')}
        checked={r.isDefault}
        testId="inspector.isDefault"
        onChange={(isDefault) => update({ isDefault })}
      />
    </>
  );
}

export function ZoneSection({ r }: SectionProps<AvailabilityZone>) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('inspector.zone')}
      value={r.zone}
      mono
      testId="inspector.zone"
      onCommit={(zone) => updateOf(r)({ zone })}
    />
  );
}

/**
 * A subnet's CIDR, whether it is public (derived from its route table, never set), the route table
 * and NACL it uses, and whether instances get a public address. Picking a table goes through
 * `connect`, which moves the subnet off its previous one; the empty choice falls back to the main
 * table (or the default NACL).
 */
export function SubnetAddressingSection({ design, r }: SectionProps<Subnet>) {
  const { t } = useTranslation();
  const cidrCheck = useCidrValidator();
  const index = indexDesign(design);
  const pub = isPublicSubnet(index, r.id);
  const vpc = index.vpcOf(r.id);
  const rt = effectiveRouteTable(index, r.id);
  const acl = effectiveNacl(index, r.id);
  const tables = index.children(vpc?.id ?? null).filter((c) => c.kind === 'routeTable');
  const acls = index.children(vpc?.id ?? null).filter((c) => c.kind === 'nacl');
  return (
    <>
      <TextField
        label={t('inspector.cidr')}
        value={r.cidr}
        mono
        testId="inspector.cidr"
        validate={cidrCheck}
        onCommit={(cidr) => updateOf(r)({ cidr })}
      />
      <SubnetIpv6Field r={r} />
      <div className="vt-field">
        <label>{t('inspector.subnetType')}</label>
        <span className={`vt-pill vt-pill--${pub ? 'public' : 'private'}`} data-testid="inspector.subnetType">
          {pub ? t('inspector.public') : t('inspector.private')}
        </span>
        <div className="vt-muted vt-small">{pub ? t('inspector.publicDerived') : t('inspector.privateDerived')}</div>
      </div>
      <Select
        label={t('inspector.routeTable')}
        testId="inspector.routeTable"
        value={rt && rt.subnetIds.includes(r.id) ? rt.id : ''}
        options={[
          { value: '', label: t('inspector.mainTable') },
          ...tables.map((x) => ({ value: x.id, label: x.name })),
        ]}
        onChange={(id) => {
          if (id) useDesignStore.getState().connect(id, r.id);
          else if (rt && rt.subnetIds.includes(r.id))
            updateOf(rt)({ subnetIds: rt.subnetIds.filter((x) => x !== r.id) });
        }}
      />
      <Select
        label={t('inspector.nacl')}
        testId="inspector.nacl"
        value={acl && acl.subnetIds.includes(r.id) ? acl.id : ''}
        options={[{ value: '', label: t('inspector.isDefault') }, ...acls.map((x) => ({ value: x.id, label: x.name }))]}
        onChange={(id) => {
          if (id) useDesignStore.getState().connect(id, r.id);
          else if (acl && acl.subnetIds.includes(r.id))
            updateOf(acl)({ subnetIds: acl.subnetIds.filter((x) => x !== r.id) });
        }}
      />
      <Toggle
        label={t('inspector.mapPublicIp')}
        checked={r.mapPublicIpOnLaunch}
        testId="inspector.mapPublicIp"
        onChange={(mapPublicIpOnLaunch) => updateOf(r)({ mapPublicIpOnLaunch })}
      />
    </>
  );
}
