/** The three table editors of the inspector, each a set of columns for RuleTable. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  type Design,
  type IpProtocol,
  type NaclRule,
  type NetworkAcl,
  type Route,
  type RouteTable,
  type SecurityGroup,
  type SgRule,
  indexDesign,
  newRecordId,
} from '../../model/index.ts';
import { Cell, CellSelect, ProtocolSelect, isCidr, isPort } from './cells.tsx';
import { RuleTable, type Column } from './RuleTable.tsx';
import { updateOf } from './update.ts';

/** The port range of a rule: two cells, `<testId>.from` and `<testId>.to`. */
function PortRange(props: {
  protocol: IpProtocol;
  fromPort: number;
  toPort: number;
  testId: string;
  onChange: (p: { fromPort?: number; toPort?: number }) => void;
}) {
  const { t } = useTranslation();
  // A protocol by number has no ports (AWS ignores them): nothing to edit.
  if (typeof props.protocol === 'number')
    return (
      <span className="vt-muted" data-testid={`${props.testId}.noPorts`}>
        {t('inspector.noPorts')}
      </span>
    );
  return (
    <>
      <Cell
        chars={5}
        value={String(props.fromPort)}
        label={t('inspector.fromPort')}
        testId={`${props.testId}.from`}
        check={isPort}
        onCommit={(v) => props.onChange({ fromPort: Number(v) })}
      />
      –
      <Cell
        chars={5}
        value={String(props.toPort)}
        label={t('inspector.toPort')}
        testId={`${props.testId}.to`}
        check={isPort}
        onCommit={(v) => props.onChange({ toPort: Number(v) })}
      />
    </>
  );
}

/** A rule's new protocol; every port for protocols without ports (all, a number), as AWS stores them. */
const protocolPatch = (protocol: IpProtocol) =>
  protocol === 'all' || typeof protocol === 'number' ? { protocol, fromPort: 0, toPort: 65535 } : { protocol };

const NACL_DIRECTIONS = ['inbound', 'outbound'] as const satisfies readonly NaclRule['direction'][];
const NACL_ACTIONS = ['allow', 'deny'] as const satisfies readonly NaclRule['action'][];

/** A network ACL's numbered rules, both directions in one table, as the console lists them. */
export function NaclRulesTable({ acl }: { acl: NetworkAcl }) {
  const { t } = useTranslation();
  const update = updateOf(acl);
  const columns: Column<NaclRule>[] = [
    {
      header: '#',
      cell: (r, i, patch) => (
        <Cell
          chars={5}
          value={String(r.number)}
          label={t('inspector.number')}
          testId={`nacl.${i}.number`}
          check={(v) => /^\d+$/.test(v) && +v >= 1 && +v <= 32766}
          onCommit={(v) => patch({ number: Number(v) })}
        />
      ),
    },
    {
      header: t('inspector.direction'),
      cell: (r, i, patch) => (
        <CellSelect
          value={r.direction}
          options={NACL_DIRECTIONS}
          labelOf={(d) => t(`inspector.${d}`)}
          label={t('inspector.direction')}
          testId={`nacl.${i}.direction`}
          onChange={(direction) => patch({ direction })}
        />
      ),
    },
    {
      header: t('inspector.action'),
      cell: (r, i, patch) => (
        <CellSelect
          value={r.action}
          options={NACL_ACTIONS}
          labelOf={(a) => t(`inspector.${a}`)}
          label={t('inspector.action')}
          testId={`nacl.${i}.action`}
          onChange={(action) => patch({ action })}
        />
      ),
    },
    {
      header: t('inspector.protocol'),
      cell: (r, i, patch) => (
        <ProtocolSelect
          value={r.protocol}
          testId={`nacl.${i}.protocol`}
          onChange={(protocol) => patch(protocolPatch(protocol))}
        />
      ),
    },
    {
      header: t('inspector.ports'),
      className: 'vt-nowrap',
      cell: (r, i, patch) => (
        <PortRange
          protocol={r.protocol}
          fromPort={r.fromPort}
          toPort={r.toPort}
          testId={`nacl.${i}`}
          onChange={patch}
        />
      ),
    },
    {
      header: 'CIDR',
      cell: (r, i, patch) => (
        <Cell
          chars={18}
          value={r.cidr}
          label="CIDR"
          testId={`nacl.${i}.cidr`}
          check={isCidr}
          onCommit={(cidr) => patch({ cidr })}
        />
      ),
    },
  ];
  return (
    <RuleTable<NaclRule>
      rules={acl.rules}
      columns={columns}
      onChange={(rules) => update({ rules })}
      testId="inspector.naclRules"
      rowTestId="nacl"
      add={{
        testId: 'inspector.addNaclRule',
        label: t('inspector.addRule'),
        create: () => ({
          id: newRecordId('n'),
          number: Math.min(32766, Math.max(0, ...acl.rules.map((r) => r.number)) + 10),
          direction: 'inbound',
          action: 'allow',
          protocol: 'tcp',
          fromPort: 443,
          toPort: 443,
          cidr: '0.0.0.0/0',
        }),
      }}
    />
  );
}

/**
 * A security group's inbound (`ingress`) or outbound (`egress`) rules. A rule's peer is a CIDR or
 * another group of the same VPC.
 */
export function SgRulesTable({ design, sg, dir }: { design: Design; sg: SecurityGroup; dir: 'ingress' | 'egress' }) {
  const { t } = useTranslation();
  const update = updateOf(sg);
  const index = indexDesign(design);
  const vpc = index.vpcOf(sg.id)?.id;
  const groups = index.ofKind('securityGroup').filter((g) => index.vpcOf(g.id)?.id === vpc);
  const columns: Column<SgRule>[] = [
    {
      header: t('inspector.protocol'),
      cell: (r, i, patch) => (
        <ProtocolSelect
          value={r.protocol}
          testId={`${dir}.${i}.protocol`}
          onChange={(protocol) => patch(protocolPatch(protocol))}
        />
      ),
    },
    {
      header: t('inspector.ports'),
      className: 'vt-nowrap',
      cell: (r, i, patch) => (
        <PortRange
          protocol={r.protocol}
          fromPort={r.fromPort}
          toPort={r.toPort}
          testId={`${dir}.${i}`}
          onChange={patch}
        />
      ),
    },
    {
      header: dir === 'ingress' ? t('inspector.source') : t('inspector.destination'),
      className: 'vt-nowrap',
      cell: (r, i, patch) => (
        <>
          <select
            className="vt-cell"
            value={r.sourceSg ?? 'cidr'}
            aria-label={t('inspector.source')}
            data-testid={`${dir}.${i}.sourceKind`}
            onChange={(e) =>
              e.target.value === 'cidr'
                ? patch({ sourceSg: null, cidr: r.cidr ?? '0.0.0.0/0' })
                : patch({ sourceSg: e.target.value, cidr: null })
            }
          >
            <option value="cidr">CIDR</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
          {!r.sourceSg && (
            <Cell
              chars={18}
              value={r.cidr ?? ''}
              label="CIDR"
              testId={`${dir}.${i}.cidr`}
              check={isCidr}
              onCommit={(cidr) => patch({ cidr })}
            />
          )}
        </>
      ),
    },
  ];
  return (
    <RuleTable<SgRule>
      rules={sg[dir]}
      columns={columns}
      onChange={(rules) => update(dir === 'ingress' ? { ingress: rules } : { egress: rules })}
      testId={`inspector.${dir}`}
      rowTestId={dir}
      add={{
        testId: `inspector.add.${dir}`,
        label: t('inspector.addRule'),
        create: () => ({
          id: newRecordId('s'),
          protocol: 'tcp',
          fromPort: 443,
          toPort: 443,
          cidr: '0.0.0.0/0',
          sourceSg: null,
          description: '',
        }),
      }}
    />
  );
}

/**
 * The two columns of a route editor (a VPC route table's or a transit gateway route table's):
 * the destination CIDR, checked as typed, and the target chosen from `targets`; a target that is
 * no longer there (deleted, or an id from an import) stays shown, marked as a blackhole.
 */
export function routeColumns<R extends { destination: string; target: string }>(
  t: TFunction,
  targets: readonly { value: string; label: string }[],
  testPrefix: string,
): Column<R>[] {
  return [
    {
      header: t('inspector.destination'),
      cell: (r, i, patch) => (
        <Cell
          chars={18}
          value={r.destination}
          label={t('inspector.destination')}
          testId={`${testPrefix}.${i}.destination`}
          check={isCidr}
          onCommit={(destination) => patch({ destination } as Partial<R>)}
        />
      ),
    },
    {
      header: t('inspector.target'),
      cell: (r, i, patch) => (
        <select
          className="vt-cell"
          value={r.target}
          aria-label={t('inspector.target')}
          data-testid={`${testPrefix}.${i}.target`}
          onChange={(e) => patch({ target: e.target.value } as Partial<R>)}
        >
          {!targets.some((x) => x.value === r.target) && (
            <option value={r.target}>
              {r.target} ({t('inspector.blackhole')})
            </option>
          )}
          {targets.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ),
    },
  ];
}

/**
 * A route table's routes. The targets offered are the ones AWS offers in the table's VPC: `local`,
 * its internet gateways, NAT gateways, peering connections and instances (an ENI); a route whose
 * target is gone shows it as a blackhole, as the console does.
 */
export function RoutesTable({ design, table }: { design: Design; table: RouteTable }) {
  const { t } = useTranslation();
  const update = updateOf(table);
  const index = indexDesign(design);
  const vpc = index.vpcOf(table.id);
  const targets = [
    { value: 'local', label: 'local' },
    ...index
      .children(vpc?.id ?? null)
      .filter((c) => c.kind === 'igw')
      .map((c) => ({ value: c.id, label: `${c.name} (igw)` })),
    ...index
      .ofKind('nat')
      .filter((n) => index.vpcOf(n.id)?.id === vpc?.id)
      .map((n) => ({ value: n.id, label: `${n.name} (nat)` })),
    ...index
      .ofKind('peering')
      .filter((p) => p.requesterVpcId === vpc?.id || p.accepterVpcId === vpc?.id)
      .map((p) => ({ value: p.id, label: `${p.name} (pcx)` })),
    ...index
      .ofKind('instance')
      .filter((i) => index.vpcOf(i.id)?.id === vpc?.id)
      .map((i) => ({ value: i.id, label: `${i.name} (eni)` })),
    ...index.ofKind('transitGateway').map((g) => ({ value: g.id, label: `${g.name} (tgw)` })),
    ...index
      .children(vpc?.id ?? null)
      .filter((c) => c.kind === 'vpnGateway')
      .map((c) => ({ value: c.id, label: `${c.name} (vgw)` })),
  ];
  const columns = routeColumns<Route>(t, targets, 'route');
  return (
    <RuleTable<Route>
      rules={table.routes}
      columns={columns}
      onChange={(routes) => update({ routes })}
      testId="inspector.routes"
      rowTestId="route"
      addButton="footer"
      add={{
        testId: 'inspector.addRoute',
        label: t('inspector.addRoute'),
        create: () => {
          // A new route goes to the internet by default: through the VPC's gateway (or a NAT), else `local`.
          const gateway = targets.find((x) => x.label.endsWith('(igw)') || x.label.endsWith('(nat)'));
          return { id: newRecordId('r'), destination: '0.0.0.0/0', target: gateway?.value ?? 'local' };
        },
      }}
    />
  );
}
