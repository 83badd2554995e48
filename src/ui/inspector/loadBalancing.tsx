/**
 * The sections of load balancing: a load balancer's type, cross-zone setting and listeners (each
 * forwarding to a target group, whose port is the target port, or answered by the load balancer itself), a target group's protocol, port,
 * client IP preservation and targets, and an extra network interface's owner and addresses.
 */
import { useTranslation } from 'react-i18next';
import {
  LB_PROTOCOLS,
  type LbProtocol,
  type ListenerAction,
  type LoadBalancer,
  type NetworkInterface,
  type TargetGroup,
  indexDesign,
  newRecordId,
} from '../../model/index.ts';
import { useDesignStore } from '../../store/designStore.ts';
import { NumberField, Section, Select, TextField, Toggle, useIpValidator } from '../fields.tsx';
import { Cell, CellSelect, isPort } from './cells.tsx';
import { RuleTable, type Column } from './RuleTable.tsx';
import type { SectionProps } from './section.tsx';
import { updateOf } from './update.ts';

type Listener = NonNullable<LoadBalancer['listeners']>[number];
const answers = (l: Listener) => l.action === 'fixed-response' || l.action === 'redirect';
type Target = TargetGroup['targets'][number];

/** The load balancer's type and cross-zone setting, then its listeners with their target port. */
export function ListenersSection({ design, r }: SectionProps<LoadBalancer>) {
  const { t } = useTranslation();
  const update = updateOf(r);
  const index = indexDesign(design);
  const vpc = index.vpcOf(r.id)?.id;
  const groups = index.ofKind('targetGroup').filter((g) => index.vpcOf(g.id)?.id === vpc);
  const network = r.lbType === 'network';
  const listeners = r.listeners ?? [];
  // `listenerPorts` mirrors the listeners' ports, for readers of version-1 designs.
  const setListeners = (next: Listener[]) =>
    update({ listeners: next, listenerPorts: [...new Set(next.map((l) => l.port))] });
  const columns: Column<Listener>[] = [
    {
      header: t('inspector.protocol'),
      cell: (l, i, patch) => (
        <CellSelect<LbProtocol>
          value={l.protocol}
          options={LB_PROTOCOLS}
          labelOf={(p) => p}
          label={t('inspector.protocol')}
          testId={`listener.${i}.protocol`}
          onChange={(protocol) => patch({ protocol })}
        />
      ),
    },
    {
      header: t('inspector.listenerPort'),
      cell: (l, i, patch) => (
        <Cell
          chars={5}
          value={String(l.port)}
          label={t('inspector.listenerPort')}
          testId={`listener.${i}.port`}
          check={isPort}
          onCommit={(v) => patch({ port: Number(v) })}
        />
      ),
    },
    {
      header: t('inspector.targetGroup'),
      cell: (l, i, patch) => (
        <select
          className="vt-cell"
          value={answers(l) ? `@${l.action}` : (l.targetGroupId ?? '')}
          aria-label={t('inspector.targetGroup')}
          data-testid={`listener.${i}.targetGroup`}
          onChange={(e) => {
            const v = e.target.value;
            // `@fixed-response` / `@redirect`: the application load balancer answers itself.
            if (v === '@fixed-response' || v === '@redirect')
              patch({ action: v.slice(1) as ListenerAction, targetGroupId: null });
            else patch({ action: undefined, targetGroupId: v || null });
          }}
        >
          <option value="">{t('inspector.none')}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
          {(!network || answers(l)) && (
            <optgroup label={t('inspector.answersItself')}>
              <option value="@fixed-response">{t('inspector.fixedResponse')}</option>
              <option value="@redirect">{t('inspector.redirect')}</option>
            </optgroup>
          )}
        </select>
      ),
    },
    {
      header: t('inspector.targetPort'),
      cell: (l, i) => {
        const g = answers(l) ? undefined : groups.find((x) => x.id === l.targetGroupId);
        return g ? (
          <Cell
            chars={5}
            value={String(g.port)}
            label={t('inspector.targetPort')}
            testId={`listener.${i}.targetPort`}
            check={isPort}
            onCommit={(v) => useDesignStore.getState().update<TargetGroup>(g.id, { port: Number(v) })}
          />
        ) : (
          <span className="vt-muted">–</span>
        );
      },
    },
  ];
  return (
    <>
      <Select
        label={t('inspector.lbType')}
        testId="inspector.lbType"
        value={r.lbType ?? 'application'}
        options={[
          { value: 'application', label: t('inspector.lbApplication') },
          { value: 'network', label: t('inspector.lbNetwork') },
        ]}
        onChange={(lbType) => update({ lbType })}
      />
      {network && (
        <Toggle
          label={t('inspector.crossZone')}
          checked={r.crossZone ?? false}
          testId="inspector.crossZone"
          onChange={(crossZone) => update({ crossZone })}
        />
      )}
      <Section title={t('inspector.listeners')} explains="targetGroup">
        <RuleTable<Listener>
          rules={listeners}
          columns={columns}
          onChange={setListeners}
          testId="inspector.listeners"
          rowTestId="listener"
          add={{
            testId: 'inspector.addListener',
            label: t('inspector.addListener'),
            create: () => ({
              id: newRecordId('lsn'),
              protocol: network ? 'TCP' : 'HTTP',
              port: 80,
              targetGroupId: groups[0]?.id ?? null,
            }),
          }}
        />
      </Section>
    </>
  );
}

export function TargetGroupSection({ design, r }: SectionProps<TargetGroup>) {
  const { t } = useTranslation();
  const update = updateOf(r);
  const index = indexDesign(design);
  const vpc = index.vpcOf(r.id)?.id;
  const instances = index.ofKind('instance').filter((i) => index.vpcOf(i.id)?.id === vpc);
  const columns: Column<Target>[] = [
    {
      header: r.targetType === 'ip' ? t('inspector.targetIp') : t('kind.instance'),
      cell: (x, i, patch) =>
        r.targetType === 'ip' ? (
          <Cell
            chars={15}
            value={x.ip ?? ''}
            label={t('inspector.targetIp')}
            testId={`target.${i}.ip`}
            onCommit={(v) => patch({ ip: v.trim() || null })}
          />
        ) : (
          <select
            className="vt-cell"
            value={x.instanceId ?? ''}
            aria-label={t('kind.instance')}
            data-testid={`target.${i}.instance`}
            onChange={(e) => patch({ instanceId: e.target.value || null })}
          >
            <option value="">{t('inspector.none')}</option>
            {instances.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        ),
    },
    {
      header: t('inspector.portOverride'),
      cell: (x, i, patch) => (
        <Cell
          chars={5}
          value={x.port === null ? '' : String(x.port)}
          label={t('inspector.portOverride')}
          testId={`target.${i}.port`}
          check={(v) => v.trim() === '' || isPort(v.trim())}
          onCommit={(v) => patch({ port: v.trim() === '' ? null : Number(v) })}
        />
      ),
    },
  ];
  return (
    <>
      <Select
        label={t('inspector.protocol')}
        testId="inspector.tgProtocol"
        value={r.protocol}
        options={LB_PROTOCOLS.map((p) => ({ value: p, label: p }))}
        onChange={(protocol) => update({ protocol })}
      />
      <NumberField
        label={t('inspector.targetPort')}
        value={r.port}
        testId="inspector.tgPort"
        onCommit={(port) => update({ port })}
      />
      <Select
        label={t('inspector.targetType')}
        testId="inspector.targetType"
        value={r.targetType}
        options={[
          { value: 'instance', label: t('inspector.targetTypeInstance') },
          { value: 'ip', label: t('inspector.targetTypeIp') },
        ]}
        onChange={(targetType) => update({ targetType })}
      />
      <Toggle
        label={t('inspector.preserveClientIp')}
        checked={
          r.preserveClientIp ?? (r.targetType === 'instance' || r.protocol === 'UDP' || r.protocol === 'TCP_UDP')
        }
        testId="inspector.preserveClientIp"
        onChange={(preserveClientIp) => update({ preserveClientIp })}
      />
      <Section title={t('inspector.targets')}>
        <RuleTable<Target>
          rules={r.targets}
          columns={columns}
          onChange={(targets) => update({ targets })}
          testId="inspector.targets"
          rowTestId="target"
          add={{
            testId: 'inspector.addTarget',
            label: t('inspector.addTarget'),
            create: () => ({
              id: newRecordId('tgt'),
              instanceId: r.targetType === 'instance' ? (instances[0]?.id ?? null) : null,
              ip: null,
              port: null,
            }),
          }}
        />
      </Section>
    </>
  );
}

export function NetworkInterfaceSection({ design, r }: SectionProps<NetworkInterface>) {
  const { t } = useTranslation();
  const update = updateOf(r);
  const ipCheck = useIpValidator({ allowEmpty: true });
  const index = indexDesign(design);
  const vpc = index.vpcOf(r.id)?.id;
  const owners = design.resources.filter(
    (x) =>
      (x.kind === 'instance' || x.kind === 'nat' || x.kind === 'loadBalancer' || x.kind === 'external') &&
      index.vpcOf(x.id)?.id === vpc,
  );
  return (
    <>
      <Select
        label={t('inspector.eniOwner')}
        testId="inspector.eniOwner"
        value={r.ownerId ?? ''}
        options={[
          { value: '', label: t('inspector.none') },
          ...owners.map((o) => ({ value: o.id, label: `${o.name} (${t(`kind.${o.kind}`)})` })),
        ]}
        onChange={(v) => update({ ownerId: v || null })}
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
      <TextField
        label={t('inspector.elasticIp')}
        value={r.elasticIp ?? ''}
        mono
        testId="inspector.elasticIp"
        validate={ipCheck}
        onCommit={(v) => update({ elasticIp: v.trim() || null })}
      />
    </>
  );
}
