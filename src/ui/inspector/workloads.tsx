/**
 * The sections of the workloads (instances, load balancers, databases): each kind's own fields, the
 * security groups and subnets they are in, and "Who can reach this?".
 */
import { useTranslation } from 'react-i18next';
import {
  DB_ENGINES,
  type Database,
  type Instance,
  type KindsWith,
  type LoadBalancer,
  type ResourceOfKind,
  indexDesign,
  nextFreeElasticIp,
  writtenElasticIps,
} from '../../model/index.ts';
import { useDesignStore } from '../../store/designStore.ts';
import { NumberField, Section, Select, TextField, Toggle, useIpValidator } from '../fields.tsx';
import { WhoCanReach } from '../WhoCanReach.tsx';
import { SgChecklist, SubnetChecklist } from './checklists.tsx';
import { isPort } from './cells.tsx';
import type { SectionProps } from './section.tsx';
import { updateOf } from './update.ts';
import { InstanceIpv6Field } from './ipv6.tsx';

/** An instance's type and addresses; choosing an Elastic IP proposes the next free one. */
export function InstanceSection({ r }: SectionProps<Instance>) {
  const { t } = useTranslation();
  const ipCheck = useIpValidator({ allowEmpty: true });
  const update = updateOf(r);
  return (
    <>
      <TextField
        label={t('inspector.instanceType')}
        value={r.instanceType}
        mono
        testId="inspector.instanceType"
        onCommit={(instanceType) => update({ instanceType })}
      />
      <TextField
        label={t('inspector.privateIp')}
        value={r.privateIp ?? ''}
        placeholder={t('inspector.privateIpAuto')}
        mono
        testId="inspector.privateIp"
        validate={ipCheck}
        onCommit={(v) => update({ privateIp: v.trim() || null })}
      />
      <Select
        label={t('inspector.publicIp')}
        testId="inspector.publicIp"
        value={r.publicIp}
        options={[
          { value: 'none', label: t('inspector.publicIpNone') },
          { value: 'auto', label: t('inspector.publicIpAuto') },
          { value: 'elastic', label: t('inspector.publicIpElastic') },
        ]}
        onChange={(publicIp) =>
          update({
            publicIp,
            elasticIp:
              publicIp === 'elastic'
                ? (r.elasticIp ?? nextFreeElasticIp(writtenElasticIps(useDesignStore.getState().design.resources)))
                : null,
          })
        }
      />
      {r.publicIp === 'elastic' && (
        <TextField
          label={t('inspector.elasticIp')}
          value={r.elasticIp ?? ''}
          mono
          testId="inspector.elasticIp"
          validate={ipCheck}
          onCommit={(v) => update({ elasticIp: v.trim() || null })}
        />
      )}
      <InstanceIpv6Field r={r} />
    </>
  );
}

export function LoadBalancerSection({ r }: SectionProps<LoadBalancer>) {
  const { t } = useTranslation();
  const update = updateOf(r);
  return (
    <>
      <Select
        label={t('inspector.scheme')}
        testId="inspector.scheme"
        value={r.scheme}
        options={[
          { value: 'internet-facing', label: t('inspector.internetFacing') },
          { value: 'internal', label: t('inspector.internal') },
        ]}
        onChange={(scheme) => update({ scheme })}
      />
      <TextField
        label={t('inspector.listenerPorts')}
        value={r.listenerPorts.join(', ')}
        mono
        testId="inspector.listenerPorts"
        validate={(v) => (v.split(',').every((p) => isPort(p.trim())) ? null : { error: t('cidr.port') })}
        onCommit={(v) => update({ listenerPorts: v.split(',').map((p) => Number(p.trim())) })}
      />
    </>
  );
}

export function DatabaseSection({ r }: SectionProps<Database>) {
  const { t } = useTranslation();
  const update = updateOf(r);
  return (
    <>
      <Select
        label={t('inspector.engine')}
        testId="inspector.engine"
        value={r.engine}
        options={DB_ENGINES.map((e) => ({ value: e, label: e }))}
        onChange={(engine) => update({ engine })}
      />
      <NumberField
        label={t('inspector.port')}
        value={r.port}
        testId="inspector.port"
        onCommit={(port) => update({ port })}
      />
      <Toggle
        label={t('inspector.publiclyAccessible')}
        checked={r.publiclyAccessible}
        testId="inspector.publiclyAccessible"
        onChange={(publiclyAccessible) => update({ publiclyAccessible })}
      />
    </>
  );
}

/** The security groups of a resource's VPC, checked where the resource is in them. */
export function SecurityGroupsSection({ design, r }: SectionProps<ResourceOfKind<KindsWith<'securityGroupMember'>>>) {
  const { t } = useTranslation();
  return (
    <Section title={t('inspector.securityGroups')}>
      <SgChecklist
        design={design}
        ownerId={r.id}
        selected={r.securityGroupIds}
        onChange={(securityGroupIds) => updateOf(r)({ securityGroupIds })}
      />
    </Section>
  );
}

/** The test id of the subnet checklist, by kind (the e2e specs name them so). */
const SUBNETS_TEST_ID: Record<KindsWith<'spansSubnets'>, string> = {
  loadBalancer: 'inspector.lbSubnets',
  rds: 'inspector.dbSubnets',
  interfaceEndpoint: 'inspector.endpointSubnets',
};

/** The subnets a load balancer spans (or a database's subnet group), then its security groups. */
export function SubnetsAndGroupsSection({ design, r }: SectionProps<ResourceOfKind<KindsWith<'spansSubnets'>>>) {
  const { t } = useTranslation();
  return (
    <>
      <Section title={t('inspector.subnets')}>
        <SubnetChecklist
          design={design}
          vpcId={indexDesign(design).vpcOf(r.id)?.id}
          selected={r.subnetIds}
          testId={SUBNETS_TEST_ID[r.kind]}
          onChange={(subnetIds) => updateOf(r)({ subnetIds })}
        />
      </Section>
      <SecurityGroupsSection design={design} r={r} />
    </>
  );
}

export function WhoCanReachSection({ design, r }: SectionProps<ResourceOfKind<KindsWith<'workload'>>>) {
  return <WhoCanReach design={design} targetId={r.id} />;
}
