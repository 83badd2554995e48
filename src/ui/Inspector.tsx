import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  type Design,
  type Flow,
  type NaclRule,
  type Protocol,
  type Resource,
  type ResourceId,
  type Route,
  type SgRule,
  effectiveNacl,
  effectiveRouteTable,
  indexDesign,
  isPublicSubnet,
  newRecordId,
  nextFreeElasticIp,
  writtenElasticIps,
  parseCidr,
} from '../model/index.ts';
import { useDesignStore } from '../store/designStore.ts';
import { useViewStore } from '../store/viewStore.ts';
import {
  NumberField,
  Section,
  Select,
  TextField,
  Toggle,
  useCidrValidator,
  useDraft,
  useIpValidator,
} from './fields.tsx';
import { KIND_ICON } from '../canvas/icons.ts';
import { FlowInspector } from './FlowInspector.tsx';
import { WhoCanReach } from './WhoCanReach.tsx';

const PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'icmp', 'all'];

function update(id: ResourceId, patch: Partial<Resource>) {
  useDesignStore.getState().update(id, patch);
}

/**
 * A compact cell editor for rule tables: commits on Enter/blur, flags invalid input. `chars` is its
 * width in characters of its monospace font, so the longest valid value shows whole (a CIDR is at
 * most 18: 255.255.255.255/32).
 */
function Cell(props: {
  value: string;
  onCommit: (v: string) => void;
  label: string;
  testId: string;
  check?: (v: string) => boolean;
  chars?: number;
}) {
  const [draft, setDraft] = useDraft(props.value);
  const bad = props.check ? !props.check(draft) : false;
  const commit = () => {
    if (draft !== props.value && !bad) props.onCommit(draft);
  };
  return (
    <input
      className={`vt-cell vt-mono${bad ? ' vt-invalid' : ''}`}
      style={props.chars ? { width: `calc(${props.chars}ch + 12px)` } : undefined}
      value={draft}
      aria-label={props.label}
      aria-invalid={bad}
      data-testid={props.testId}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(props.value);
      }}
    />
  );
}

const isPort = (v: string) => /^\d+$/.test(v) && Number(v) <= 65535;
const isCidr = (v: string) => {
  const p = parseCidr(v);
  return p.ok && p.isCanonical;
};

function ProtocolSelect({
  value,
  onChange,
  testId,
  t,
}: {
  value: Protocol;
  onChange: (p: Protocol) => void;
  testId: string;
  t: TFunction;
}) {
  return (
    <select
      className="vt-cell"
      value={value}
      aria-label={t('inspector.protocol')}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value as Protocol)}
    >
      {PROTOCOLS.map((p) => (
        <option key={p} value={p}>
          {p === 'all' ? t('inspector.allTraffic') : p.toUpperCase()}
        </option>
      ))}
    </select>
  );
}

function SubnetChecklist({
  design,
  vpcId,
  selected,
  onChange,
  testId,
}: {
  design: Design;
  vpcId: string | undefined;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  testId: string;
}) {
  const index = indexDesign(design);
  const subnets = index.ofKind('subnet').filter((s) => index.vpcOf(s.id)?.id === vpcId);
  return (
    <div className="vt-checklist" data-testid={testId}>
      {subnets.map((s) => (
        <label key={s.id}>
          <input
            type="checkbox"
            checked={selected.includes(s.id)}
            data-testid={`${testId}.${s.name}`}
            onChange={(e) => onChange(e.target.checked ? [...selected, s.id] : selected.filter((x) => x !== s.id))}
          />
          {s.name} <span className="vt-muted vt-mono">{s.cidr}</span>
        </label>
      ))}
    </div>
  );
}

function SgChecklist({
  design,
  owner,
  selected,
  onChange,
}: {
  design: Design;
  owner: Resource;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const index = indexDesign(design);
  const vpc = index.vpcOf(owner.id)?.id;
  const sgs = index.ofKind('securityGroup').filter((g) => index.vpcOf(g.id)?.id === vpc);
  return (
    <div className="vt-checklist" data-testid="inspector.securityGroups">
      {sgs.map((g) => (
        <label key={g.id}>
          <input
            type="checkbox"
            checked={selected.includes(g.id)}
            data-testid={`inspector.sg.${g.name}`}
            onChange={(e) => onChange(e.target.checked ? [...selected, g.id] : selected.filter((x) => x !== g.id))}
          />
          {g.name}
        </label>
      ))}
    </div>
  );
}

function RoutesEditor({
  design,
  table,
  t,
}: {
  design: Design;
  table: Extract<Resource, { kind: 'routeTable' }>;
  t: TFunction;
}) {
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
  ];
  const setRoutes = (routes: Route[]) => update(table.id, { routes } as Partial<Resource>);
  return (
    <table className="vt-table vt-table--scroll" data-testid="inspector.routes">
      <thead>
        <tr>
          <th>{t('inspector.destination')}</th>
          <th>{t('inspector.target')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {table.routes.map((r, i) => {
          const known = targets.some((x) => x.value === r.target);
          return (
            <tr key={r.id}>
              <td>
                <Cell
                  chars={18}
                  value={r.destination}
                  label={t('inspector.destination')}
                  testId={`route.${i}.destination`}
                  check={isCidr}
                  onCommit={(v) => setRoutes(table.routes.map((x) => (x.id === r.id ? { ...x, destination: v } : x)))}
                />
              </td>
              <td>
                <select
                  className="vt-cell"
                  value={r.target}
                  aria-label={t('inspector.target')}
                  data-testid={`route.${i}.target`}
                  onChange={(e) =>
                    setRoutes(table.routes.map((x) => (x.id === r.id ? { ...x, target: e.target.value } : x)))
                  }
                >
                  {!known && (
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
              </td>
              <td>
                <button
                  type="button"
                  className="vt-icon-btn"
                  aria-label={t('inspector.remove')}
                  data-testid={`route.${i}.remove`}
                  onClick={() => setRoutes(table.routes.filter((x) => x.id !== r.id))}
                >
                  ×
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3}>
            <button
              type="button"
              className="vt-btn vt-btn--small"
              data-testid="inspector.addRoute"
              onClick={() => {
                const igw = targets.find((x) => x.label.endsWith('(igw)') || x.label.endsWith('(nat)'));
                setRoutes([
                  ...table.routes,
                  { id: newRecordId('r'), destination: '0.0.0.0/0', target: igw?.value ?? 'local' },
                ]);
              }}
            >
              + {t('inspector.addRoute')}
            </button>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

function NaclRulesEditor({ acl, t }: { acl: Extract<Resource, { kind: 'nacl' }>; t: TFunction }) {
  const setRules = (rules: NaclRule[]) => update(acl.id, { rules } as Partial<Resource>);
  const patch = (id: string, p: Partial<NaclRule>) =>
    setRules(acl.rules.map((x) => (x.id === id ? { ...x, ...p } : x)));
  return (
    <div className="vt-table-wrap">
      <table className="vt-table" data-testid="inspector.naclRules">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('inspector.direction')}</th>
            <th>{t('inspector.action')}</th>
            <th>{t('inspector.protocol')}</th>
            <th>{t('inspector.ports')}</th>
            <th>CIDR</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {acl.rules.map((r, i) => (
            <tr key={r.id}>
              <td>
                <Cell
                  chars={5}
                  value={String(r.number)}
                  label={t('inspector.number')}
                  testId={`nacl.${i}.number`}
                  check={(v) => /^\d+$/.test(v) && +v >= 1 && +v <= 32766}
                  onCommit={(v) => patch(r.id, { number: Number(v) })}
                />
              </td>
              <td>
                <select
                  className="vt-cell"
                  value={r.direction}
                  aria-label={t('inspector.direction')}
                  data-testid={`nacl.${i}.direction`}
                  onChange={(e) => patch(r.id, { direction: e.target.value as NaclRule['direction'] })}
                >
                  <option value="inbound">{t('inspector.inbound')}</option>
                  <option value="outbound">{t('inspector.outbound')}</option>
                </select>
              </td>
              <td>
                <select
                  className="vt-cell"
                  value={r.action}
                  aria-label={t('inspector.action')}
                  data-testid={`nacl.${i}.action`}
                  onChange={(e) => patch(r.id, { action: e.target.value as NaclRule['action'] })}
                >
                  <option value="allow">{t('inspector.allow')}</option>
                  <option value="deny">{t('inspector.deny')}</option>
                </select>
              </td>
              <td>
                <ProtocolSelect
                  t={t}
                  value={r.protocol}
                  testId={`nacl.${i}.protocol`}
                  onChange={(protocol) => patch(r.id, { protocol })}
                />
              </td>
              <td className="vt-nowrap">
                <Cell
                  chars={5}
                  value={String(r.fromPort)}
                  label={t('inspector.fromPort')}
                  testId={`nacl.${i}.from`}
                  check={isPort}
                  onCommit={(v) => patch(r.id, { fromPort: Number(v) })}
                />
                –
                <Cell
                  chars={5}
                  value={String(r.toPort)}
                  label={t('inspector.toPort')}
                  testId={`nacl.${i}.to`}
                  check={isPort}
                  onCommit={(v) => patch(r.id, { toPort: Number(v) })}
                />
              </td>
              <td>
                <Cell
                  chars={18}
                  value={r.cidr}
                  label="CIDR"
                  testId={`nacl.${i}.cidr`}
                  check={isCidr}
                  onCommit={(v) => patch(r.id, { cidr: v })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="vt-icon-btn"
                  aria-label={t('inspector.remove')}
                  data-testid={`nacl.${i}.remove`}
                  onClick={() => setRules(acl.rules.filter((x) => x.id !== r.id))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="vt-btn vt-btn--small"
        data-testid="inspector.addNaclRule"
        onClick={() => {
          const next = Math.min(32766, Math.max(0, ...acl.rules.map((r) => r.number)) + 10);
          setRules([
            ...acl.rules,
            {
              id: newRecordId('n'),
              number: next,
              direction: 'inbound',
              action: 'allow',
              protocol: 'tcp',
              fromPort: 443,
              toPort: 443,
              cidr: '0.0.0.0/0',
            },
          ]);
        }}
      >
        + {t('inspector.addRule')}
      </button>
    </div>
  );
}

function SgRulesEditor({
  design,
  sg,
  dir,
  t,
}: {
  design: Design;
  sg: Extract<Resource, { kind: 'securityGroup' }>;
  dir: 'ingress' | 'egress';
  t: TFunction;
}) {
  const index = indexDesign(design);
  const vpc = index.vpcOf(sg.id)?.id;
  const groups = index.ofKind('securityGroup').filter((g) => index.vpcOf(g.id)?.id === vpc);
  const rules = sg[dir];
  const setRules = (next: SgRule[]) => update(sg.id, { [dir]: next } as Partial<Resource>);
  const patch = (id: string, p: Partial<SgRule>) => setRules(rules.map((x) => (x.id === id ? { ...x, ...p } : x)));
  return (
    <div className="vt-table-wrap">
      <table className="vt-table" data-testid={`inspector.${dir}`}>
        <thead>
          <tr>
            <th>{t('inspector.protocol')}</th>
            <th>{t('inspector.ports')}</th>
            <th>{dir === 'ingress' ? t('inspector.source') : t('inspector.destination')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rules.map((r, i) => (
            <tr key={r.id}>
              <td>
                <ProtocolSelect
                  t={t}
                  value={r.protocol}
                  testId={`${dir}.${i}.protocol`}
                  onChange={(protocol) =>
                    patch(r.id, protocol === 'all' ? { protocol, fromPort: 0, toPort: 65535 } : { protocol })
                  }
                />
              </td>
              <td className="vt-nowrap">
                <Cell
                  chars={5}
                  value={String(r.fromPort)}
                  label={t('inspector.fromPort')}
                  testId={`${dir}.${i}.from`}
                  check={isPort}
                  onCommit={(v) => patch(r.id, { fromPort: Number(v) })}
                />
                –
                <Cell
                  chars={5}
                  value={String(r.toPort)}
                  label={t('inspector.toPort')}
                  testId={`${dir}.${i}.to`}
                  check={isPort}
                  onCommit={(v) => patch(r.id, { toPort: Number(v) })}
                />
              </td>
              <td className="vt-nowrap">
                <select
                  className="vt-cell"
                  value={r.sourceSg ?? 'cidr'}
                  aria-label={t('inspector.source')}
                  data-testid={`${dir}.${i}.sourceKind`}
                  onChange={(e) =>
                    e.target.value === 'cidr'
                      ? patch(r.id, { sourceSg: null, cidr: r.cidr ?? '0.0.0.0/0' })
                      : patch(r.id, { sourceSg: e.target.value, cidr: null })
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
                    onCommit={(v) => patch(r.id, { cidr: v })}
                  />
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="vt-icon-btn"
                  aria-label={t('inspector.remove')}
                  data-testid={`${dir}.${i}.remove`}
                  onClick={() => setRules(rules.filter((x) => x.id !== r.id))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="vt-btn vt-btn--small"
        data-testid={`inspector.add.${dir}`}
        onClick={() =>
          setRules([
            ...rules,
            {
              id: newRecordId('s'),
              protocol: 'tcp',
              fromPort: 443,
              toPort: 443,
              cidr: '0.0.0.0/0',
              sourceSg: null,
              description: '',
            },
          ])
        }
      >
        + {t('inspector.addRule')}
      </button>
    </div>
  );
}

/**
 * The subnets a route table or NACL is associated with. Checking a subnet goes through `connect`,
 * which moves the association from the subnet's previous table (a subnet has exactly one).
 */
function Associations({
  design,
  owner,
  testId,
}: {
  design: Design;
  owner: Extract<Resource, { kind: 'routeTable' | 'nacl' }>;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t('inspector.associations')}>
      <SubnetChecklist
        design={design}
        vpcId={indexDesign(design).vpcOf(owner.id)?.id}
        selected={owner.subnetIds}
        testId={testId}
        onChange={(ids) => {
          const added = ids.find((x) => !owner.subnetIds.includes(x));
          if (added) useDesignStore.getState().connect(owner.id, added);
          else update(owner.id, { subnetIds: ids } as Partial<Resource>);
        }}
      />
    </Section>
  );
}

/** The subnets a load balancer spans (or a database's subnet group) and its security groups. */
function SubnetsAndGroups({
  design,
  r,
  subnetsTestId,
}: {
  design: Design;
  r: Extract<Resource, { kind: 'loadBalancer' | 'rds' }>;
  subnetsTestId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Section title={t('inspector.subnets')}>
        <SubnetChecklist
          design={design}
          vpcId={indexDesign(design).vpcOf(r.id)?.id}
          selected={r.subnetIds}
          testId={subnetsTestId}
          onChange={(ids) => update(r.id, { subnetIds: ids } as Partial<Resource>)}
        />
      </Section>
      <Section title={t('inspector.securityGroups')}>
        <SgChecklist
          design={design}
          owner={r}
          selected={r.securityGroupIds}
          onChange={(ids) => update(r.id, { securityGroupIds: ids } as Partial<Resource>)}
        />
      </Section>
    </>
  );
}

function ResourceForm({ design, r }: { design: Design; r: Resource }) {
  const { t } = useTranslation();
  const cidrCheck = useCidrValidator();
  const ipCheck = useIpValidator({ allowEmpty: true });
  const index = indexDesign(design);
  const common = (
    <>
      <TextField
        label={t('inspector.name')}
        value={r.name}
        testId="inspector.name"
        onCommit={(name) => update(r.id, { name })}
      />
      <div className="vt-field">
        <label>{t('inspector.id')}</label>
        <code className="vt-muted" data-testid="inspector.id">
          {r.id}
        </code>
      </div>
    </>
  );
  switch (r.kind) {
    case 'region':
      return (
        <>
          {common}
          <TextField
            label={t('inspector.regionCode')}
            value={r.code}
            testId="inspector.regionCode"
            mono
            onCommit={(code) => update(r.id, { code } as Partial<Resource>)}
          />
        </>
      );
    case 'vpc':
      return (
        <>
          {common}
          <Section title={t('inspector.cidrBlocks')} explains="vpc">
            {r.cidrBlocks.map((b, i) => (
              <TextField
                key={i}
                label={i === 0 ? t('inspector.primaryBlock') : t('inspector.secondaryBlock', { n: i })}
                value={b}
                mono
                testId={`inspector.cidrBlock.${i}`}
                validate={cidrCheck}
                onCommit={(v) =>
                  update(r.id, { cidrBlocks: r.cidrBlocks.map((x, j) => (j === i ? v : x)) } as Partial<Resource>)
                }
              />
            ))}
            <button
              type="button"
              className="vt-btn vt-btn--small"
              data-testid="inspector.addBlock"
              onClick={() => update(r.id, { cidrBlocks: [...r.cidrBlocks, ''] } as Partial<Resource>)}
            >
              + {t('inspector.addBlock')}
            </button>
          </Section>
          <Toggle
            label={t('inspector.flowLogs')}
            checked={r.flowLogs}
            testId="inspector.flowLogs"
            onChange={(flowLogs) => update(r.id, { flowLogs } as Partial<Resource>)}
          />
          <Toggle
            label={t('inspector.defaultVpc')}
            checked={r.isDefault}
            testId="inspector.isDefault"
            onChange={(isDefault) => update(r.id, { isDefault } as Partial<Resource>)}
          />
        </>
      );
    case 'az':
      return (
        <>
          {common}
          <TextField
            label={t('inspector.zone')}
            value={r.zone}
            mono
            testId="inspector.zone"
            onCommit={(zone) => update(r.id, { zone } as Partial<Resource>)}
          />
        </>
      );
    case 'subnet': {
      const pub = isPublicSubnet(index, r.id);
      const vpc = index.vpcOf(r.id);
      const rt = effectiveRouteTable(index, r.id);
      const acl = effectiveNacl(index, r.id);
      const tables = index.children(vpc?.id ?? null).filter((c) => c.kind === 'routeTable');
      const acls = index.children(vpc?.id ?? null).filter((c) => c.kind === 'nacl');
      return (
        <>
          {common}
          <TextField
            label={t('inspector.cidr')}
            value={r.cidr}
            mono
            testId="inspector.cidr"
            validate={cidrCheck}
            onCommit={(cidr) => update(r.id, { cidr } as Partial<Resource>)}
          />
          <div className="vt-field">
            <label>{t('inspector.subnetType')}</label>
            <span className={`vt-pill vt-pill--${pub ? 'public' : 'private'}`} data-testid="inspector.subnetType">
              {pub ? t('inspector.public') : t('inspector.private')}
            </span>
            <div className="vt-muted vt-small">
              {pub ? t('inspector.publicDerived') : t('inspector.privateDerived')}
            </div>
          </div>
          <Select
            label={t('inspector.routeTable')}
            testId="inspector.routeTable"
            value={rt && rt.kind === 'routeTable' && rt.subnetIds.includes(r.id) ? rt.id : ''}
            options={[
              { value: '', label: `${t('inspector.mainTable')}` },
              ...tables.map((x) => ({ value: x.id, label: x.name })),
            ]}
            onChange={(id) => {
              const s = useDesignStore.getState();
              if (id) s.connect(id, r.id);
              else if (rt && rt.subnetIds.includes(r.id))
                update(rt.id, { subnetIds: rt.subnetIds.filter((x) => x !== r.id) } as Partial<Resource>);
            }}
          />
          <Select
            label={t('inspector.nacl')}
            testId="inspector.nacl"
            value={acl && acl.subnetIds.includes(r.id) ? acl.id : ''}
            options={[
              { value: '', label: t('inspector.isDefault') },
              ...acls.map((x) => ({ value: x.id, label: x.name })),
            ]}
            onChange={(id) => {
              const s = useDesignStore.getState();
              if (id) s.connect(id, r.id);
              else if (acl && acl.subnetIds.includes(r.id))
                update(acl.id, { subnetIds: acl.subnetIds.filter((x) => x !== r.id) } as Partial<Resource>);
            }}
          />
          <Toggle
            label={t('inspector.mapPublicIp')}
            checked={r.mapPublicIpOnLaunch}
            testId="inspector.mapPublicIp"
            onChange={(v) => update(r.id, { mapPublicIpOnLaunch: v } as Partial<Resource>)}
          />
        </>
      );
    }
    case 'igw':
      return common;
    case 'nat':
      return (
        <>
          {common}
          <Select
            label={t('inspector.connectivity')}
            testId="inspector.connectivity"
            value={r.connectivity}
            options={[
              { value: 'public', label: t('inspector.connectivityPublic') },
              { value: 'private', label: t('inspector.connectivityPrivate') },
            ]}
            onChange={(connectivity) => update(r.id, { connectivity } as Partial<Resource>)}
          />
          <TextField
            label={t('inspector.elasticIp')}
            value={r.elasticIp ?? ''}
            mono
            testId="inspector.elasticIp"
            validate={ipCheck}
            onCommit={(v) => update(r.id, { elasticIp: v.trim() || null } as Partial<Resource>)}
          />
        </>
      );
    case 'routeTable':
      return (
        <>
          {common}
          <Toggle
            label={t('inspector.main')}
            checked={r.main}
            testId="inspector.main"
            onChange={(main) => update(r.id, { main } as Partial<Resource>)}
          />
          <Section title={t('inspector.routes')} explains="routeTable">
            <RoutesEditor design={design} table={r} t={t} />
          </Section>
          <Associations design={design} owner={r} testId="inspector.assoc" />
        </>
      );
    case 'nacl':
      return (
        <>
          {common}
          <Toggle
            label={t('inspector.isDefault')}
            checked={r.isDefault}
            testId="inspector.naclDefault"
            onChange={(isDefault) => update(r.id, { isDefault } as Partial<Resource>)}
          />
          <Section title={t('inspector.rules')} explains="nacl">
            <NaclRulesEditor acl={r} t={t} />
          </Section>
          <Associations design={design} owner={r} testId="inspector.naclAssoc" />
        </>
      );
    case 'securityGroup':
      return (
        <>
          {common}
          <TextField
            label={t('inspector.description')}
            value={r.description}
            testId="inspector.description"
            onCommit={(description) => update(r.id, { description } as Partial<Resource>)}
          />
          <Section title={t('inspector.ingress')} explains="securityGroup">
            <SgRulesEditor design={design} sg={r} dir="ingress" t={t} />
          </Section>
          <Section title={t('inspector.egress')} explains="securityGroup">
            <SgRulesEditor design={design} sg={r} dir="egress" t={t} />
          </Section>
        </>
      );
    case 'instance':
      return (
        <>
          {common}
          <TextField
            label={t('inspector.instanceType')}
            value={r.instanceType}
            mono
            testId="inspector.instanceType"
            onCommit={(instanceType) => update(r.id, { instanceType } as Partial<Resource>)}
          />
          <TextField
            label={t('inspector.privateIp')}
            value={r.privateIp ?? ''}
            placeholder={t('inspector.privateIpAuto')}
            mono
            testId="inspector.privateIp"
            validate={ipCheck}
            onCommit={(v) => update(r.id, { privateIp: v.trim() || null } as Partial<Resource>)}
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
              update(r.id, {
                publicIp,
                elasticIp:
                  publicIp === 'elastic'
                    ? (r.elasticIp ?? nextFreeElasticIp(writtenElasticIps(useDesignStore.getState().design.resources)))
                    : null,
              } as Partial<Resource>)
            }
          />
          {r.publicIp === 'elastic' && (
            <TextField
              label={t('inspector.elasticIp')}
              value={r.elasticIp ?? ''}
              mono
              testId="inspector.elasticIp"
              validate={ipCheck}
              onCommit={(v) => update(r.id, { elasticIp: v.trim() || null } as Partial<Resource>)}
            />
          )}
          <Section title={t('inspector.securityGroups')}>
            <SgChecklist
              design={design}
              owner={r}
              selected={r.securityGroupIds}
              onChange={(ids) => update(r.id, { securityGroupIds: ids } as Partial<Resource>)}
            />
          </Section>
        </>
      );
    case 'loadBalancer':
      return (
        <>
          {common}
          <Select
            label={t('inspector.scheme')}
            testId="inspector.scheme"
            value={r.scheme}
            options={[
              { value: 'internet-facing', label: t('inspector.internetFacing') },
              { value: 'internal', label: t('inspector.internal') },
            ]}
            onChange={(scheme) => update(r.id, { scheme } as Partial<Resource>)}
          />
          <TextField
            label={t('inspector.listenerPorts')}
            value={r.listenerPorts.join(', ')}
            mono
            testId="inspector.listenerPorts"
            validate={(v) => (v.split(',').every((p) => isPort(p.trim())) ? null : { error: t('cidr.port') })}
            onCommit={(v) =>
              update(r.id, { listenerPorts: v.split(',').map((p) => Number(p.trim())) } as Partial<Resource>)
            }
          />
          <SubnetsAndGroups design={design} r={r} subnetsTestId="inspector.lbSubnets" />
        </>
      );
    case 'rds':
      return (
        <>
          {common}
          <Select
            label={t('inspector.engine')}
            testId="inspector.engine"
            value={r.engine}
            options={(['postgres', 'mysql', 'mariadb', 'aurora', 'sqlserver', 'oracle'] as const).map((e) => ({
              value: e,
              label: e,
            }))}
            onChange={(engine) => update(r.id, { engine } as Partial<Resource>)}
          />
          <NumberField
            label={t('inspector.port')}
            value={r.port}
            testId="inspector.port"
            onCommit={(port) => update(r.id, { port } as Partial<Resource>)}
          />
          <Toggle
            label={t('inspector.publiclyAccessible')}
            checked={r.publiclyAccessible}
            testId="inspector.publiclyAccessible"
            onChange={(publiclyAccessible) => update(r.id, { publiclyAccessible } as Partial<Resource>)}
          />
          <SubnetsAndGroups design={design} r={r} subnetsTestId="inspector.dbSubnets" />
        </>
      );
    case 'peering': {
      const vpcs = index.ofKind('vpc').map((v) => ({ value: v.id, label: `${v.name} (${v.cidrBlocks[0] ?? ''})` }));
      return (
        <>
          {common}
          <Select
            label={t('inspector.requester')}
            testId="inspector.requester"
            value={r.requesterVpcId ?? ''}
            options={[{ value: '', label: t('inspector.none') }, ...vpcs]}
            onChange={(v) => update(r.id, { requesterVpcId: v || null } as Partial<Resource>)}
          />
          <Select
            label={t('inspector.accepter')}
            testId="inspector.accepter"
            value={r.accepterVpcId ?? ''}
            options={[{ value: '', label: t('inspector.none') }, ...vpcs]}
            onChange={(v) => update(r.id, { accepterVpcId: v || null } as Partial<Resource>)}
          />
        </>
      );
    }
  }
}

function InspectorImpl() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const selection = useViewStore((s) => s.selection);
  const index = indexDesign(design);
  const selectedResources = selection.map((id) => index.get(id)).filter((r): r is Resource => !!r);
  const selectedFlows = selection.map((id) => design.flows.find((f) => f.id === id)).filter((f): f is Flow => !!f);
  let body;
  if (selectedResources.length === 1 && selectedFlows.length === 0) {
    const r = selectedResources[0]!;
    body = (
      <div key={r.id} data-testid="inspector.form" data-kind={r.kind}>
        <div className="vt-inspector__head">
          <img src={KIND_ICON[r.kind]} alt="" />
          <div>
            <div className="vt-inspector__kind">{t(`kind.${r.kind}`)}</div>
            <div className="vt-inspector__analogy" data-testid="inspector.analogy">
              {t(`analogy.${r.kind}`)}
            </div>
          </div>
        </div>
        <ResourceForm design={design} r={r} />
        {(r.kind === 'instance' || r.kind === 'loadBalancer' || r.kind === 'rds') && (
          <WhoCanReach design={design} targetId={r.id} />
        )}
      </div>
    );
  } else if (selectedFlows.length === 1 && selectedResources.length === 0) {
    body = <FlowInspector key={selectedFlows[0]!.id} flow={selectedFlows[0]!} design={design} />;
  } else if (selection.length > 1) {
    body = <p className="vt-muted">{t('inspector.multi', { count: selection.length })}</p>;
  } else {
    body = <p className="vt-muted">{t('inspector.empty')}</p>;
  }
  return (
    <aside className="vt-inspector" aria-label={t('inspector.title')} data-testid="inspector">
      <div className="vt-panel-title">{t('inspector.title')}</div>
      {body}
    </aside>
  );
}

export const Inspector = memo(InspectorImpl);
