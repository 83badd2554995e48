/**
 * The sections of the transit gateway kinds and the site-to-site VPN: a transit gateway's ASN and
 * default route tables; an attachment's gateway, subnets (one per zone), association, propagations
 * and appliance mode; a transit gateway route table's routes, associations and propagations; a
 * virtual private gateway's route propagation; a customer gateway; a VPN connection's ends and
 * on-premises networks.
 */
import { useTranslation } from 'react-i18next';
import {
  type CustomerGateway,
  type Design,
  type TgwAttachment,
  type TgwRouteTable,
  type TransitGateway,
  type VpnConnection,
  type VpnGateway,
  indexDesign,
  newRecordId,
} from '../../model/index.ts';
import { useDesignStore } from '../../store/designStore.ts';
import { setTgwAssociation, setTgwPropagation, tgwAttachmentsOf } from '../../store/transit.ts';
import { NumberField, Section, Select, TextField, Toggle, useIpValidator } from '../fields.tsx';
import { isCidr } from './cells.tsx';
import { RuleTable } from './RuleTable.tsx';
import { routeColumns } from './tables.tsx';
import type { SectionProps } from './section.tsx';
import { updateOf } from './update.ts';

type TgwRoute = TgwRouteTable['routes'][number];
const MAX_ASN = 4294967294;

function apply(next: Design) {
  useDesignStore.getState().applyLayout(next);
}

function useTgwOptions(design: Design) {
  const { t } = useTranslation();
  return [
    { value: '', label: t('inspector.none') },
    ...indexDesign(design)
      .ofKind('transitGateway')
      .map((g) => ({ value: g.id, label: g.name })),
  ];
}

function tablesOf(design: Design, tgwId: string | null) {
  return indexDesign(design)
    .ofKind('tgwRouteTable')
    .filter((x) => x.transitGatewayId === tgwId);
}

export function TransitGatewaySection({ design, r }: SectionProps<TransitGateway>) {
  const { t } = useTranslation();
  const update = updateOf(r);
  const tables = [
    { value: '', label: t('tgw.off') },
    ...tablesOf(design, r.id).map((x) => ({ value: x.id, label: x.name })),
  ];
  const attachments = tgwAttachmentsOf(design, r);
  return (
    <>
      <NumberField
        label={t('tgw.asn')}
        value={r.amazonSideAsn}
        max={MAX_ASN}
        min={1}
        testId="inspector.tgw.asn"
        onCommit={(amazonSideAsn) => update({ amazonSideAsn })}
      />
      <Select
        label={t('tgw.defaultAssociation')}
        testId="inspector.tgw.defaultAssociation"
        value={r.associationDefaultRouteTableId ?? ''}
        options={tables}
        onChange={(v) => update({ associationDefaultRouteTableId: v || null })}
      />
      <Select
        label={t('tgw.defaultPropagation')}
        testId="inspector.tgw.defaultPropagation"
        value={r.propagationDefaultRouteTableId ?? ''}
        options={tables}
        onChange={(v) => update({ propagationDefaultRouteTableId: v || null })}
      />
      <Section title={t('tgw.attachments')}>
        {attachments.length === 0 ? (
          <p className="vt-muted" data-testid="inspector.tgw.noAttachments">
            {t('tgw.noAttachments')}
          </p>
        ) : (
          <ul className="vt-plain-list" data-testid="inspector.tgw.attachments">
            {attachments.map((a) => (
              <li key={a.id}>{a.name}</li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

export function TgwAttachmentSection({ design, r }: SectionProps<TgwAttachment>) {
  const { t } = useTranslation();
  const update = updateOf(r);
  const index = indexDesign(design);
  const subnets = index.ofKind('subnet').filter((s) => index.vpcOf(s.id)?.id === r.parent);
  const zone = (id: string) => index.azOf(id)?.zone ?? '';
  const tables = tablesOf(design, r.transitGatewayId);
  return (
    <>
      <Select
        label={t('kind.transitGateway')}
        testId="inspector.attachment.tgw"
        value={r.transitGatewayId ?? ''}
        options={useTgwOptions(design)}
        onChange={(v) => update({ transitGatewayId: v || null, routeTableId: null })}
      />
      <Section title={t('tgw.subnets')}>
        <p className="vt-muted">{t('tgw.subnetsHint')}</p>
        <div className="vt-checklist" data-testid="inspector.attachment.subnets">
          {subnets.map((s) => (
            <label key={s.id}>
              <input
                type="checkbox"
                checked={r.subnetIds.includes(s.id)}
                data-testid={`inspector.attachment.subnet.${s.name}`}
                onChange={(e) =>
                  // One subnet per Availability Zone: checking one replaces the zone's other.
                  update({
                    subnetIds: e.target.checked
                      ? [...r.subnetIds.filter((x) => zone(x) !== zone(s.id)), s.id]
                      : r.subnetIds.filter((x) => x !== s.id),
                  })
                }
              />
              {s.name} <span className="vt-muted vt-mono">{zone(s.id)}</span>
            </label>
          ))}
        </div>
      </Section>
      <Select
        label={t('tgw.associatedWith')}
        testId="inspector.attachment.routeTable"
        value={r.routeTableId ?? ''}
        options={[{ value: '', label: t('inspector.none') }, ...tables.map((x) => ({ value: x.id, label: x.name }))]}
        onChange={(v) => apply(setTgwAssociation(design, r.id, v || null))}
      />
      <Section title={t('tgw.propagatesTo')}>
        <div className="vt-checklist" data-testid="inspector.attachment.propagations">
          {tables.map((x) => (
            <label key={x.id}>
              <input
                type="checkbox"
                checked={x.propagationIds.includes(r.id)}
                data-testid={`inspector.attachment.propagates.${x.name}`}
                onChange={(e) => apply(setTgwPropagation(design, x, r.id, e.target.checked))}
              />
              {x.name}
            </label>
          ))}
        </div>
      </Section>
      <Toggle
        label={t('tgw.applianceMode')}
        checked={r.applianceMode}
        testId="inspector.attachment.applianceMode"
        onChange={(applianceMode) => update({ applianceMode })}
      />
      <Toggle
        label={t('tgw.ipv6Support')}
        checked={r.ipv6Support === true}
        testId="inspector.attachment.ipv6Support"
        onChange={(ipv6Support) => update({ ipv6Support })}
      />
    </>
  );
}

export function TgwRouteTableSection({ design, r }: SectionProps<TgwRouteTable>) {
  const { t } = useTranslation();
  const update = updateOf(r);
  const attachments = tgwAttachmentsOf(design, r.transitGatewayId);
  const targets = [
    ...attachments.map((a) => ({ value: a.id, label: a.name })),
    { value: 'blackhole', label: t('tgw.blackhole') },
  ];
  const columns = routeColumns<TgwRoute>(t, targets, 'tgwRoute');
  return (
    <>
      <Select
        label={t('kind.transitGateway')}
        testId="inspector.tgwRtb.tgw"
        value={r.transitGatewayId ?? ''}
        options={useTgwOptions(design)}
        onChange={(v) => update({ transitGatewayId: v || null })}
      />
      <Section title={t('tgw.staticRoutes')} explains="tgwRouteTable">
        <RuleTable<TgwRoute>
          rules={r.routes}
          columns={columns}
          onChange={(routes) => update({ routes })}
          testId="inspector.tgwRoutes"
          rowTestId="tgwRoute"
          addButton="footer"
          add={{
            testId: 'inspector.addTgwRoute',
            label: t('inspector.addRoute'),
            create: () => ({ id: newRecordId('tr'), destination: '10.0.0.0/16', target: targets[0]!.value }),
          }}
        />
      </Section>
      <Section title={t('tgw.associationsAndPropagations')}>
        <table className="vt-table" data-testid="inspector.tgwRtb.attachments">
          <thead>
            <tr>
              <th>{t('kind.tgwAttachment')}</th>
              <th>{t('tgw.associated')}</th>
              <th>{t('tgw.propagates')}</th>
            </tr>
          </thead>
          <tbody>
            {attachments.map((a) => {
              const associated = (a.kind === 'tgwAttachment' ? a.routeTableId : a.tgwRouteTableId) === r.id;
              return (
                <tr key={a.id}>
                  <td>{a.name}</td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t('tgw.associated')}: ${a.name}`}
                      checked={associated}
                      data-testid={`inspector.tgwRtb.associated.${a.name}`}
                      onChange={(e) => apply(setTgwAssociation(design, a.id, e.target.checked ? r.id : null))}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t('tgw.propagates')}: ${a.name}`}
                      checked={r.propagationIds.includes(a.id)}
                      data-testid={`inspector.tgwRtb.propagates.${a.name}`}
                      onChange={(e) => apply(setTgwPropagation(design, r, a.id, e.target.checked))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Section>
    </>
  );
}

export function VpnGatewaySection({ design, r }: SectionProps<VpnGateway>) {
  const { t } = useTranslation();
  const update = updateOf(r);
  const index = indexDesign(design);
  const tables = index.ofKind('routeTable').filter((x) => x.parent === r.parent);
  return (
    <>
      <NumberField
        label={t('tgw.asn')}
        value={r.amazonSideAsn}
        max={MAX_ASN}
        min={1}
        testId="inspector.vgw.asn"
        onCommit={(amazonSideAsn) => update({ amazonSideAsn })}
      />
      <Section title={t('tgw.routePropagation')}>
        {tables.length === 0 ? (
          <p className="vt-muted">{t('tgw.vgwDetached')}</p>
        ) : (
          <div className="vt-checklist" data-testid="inspector.vgw.propagation">
            {tables.map((x) => (
              <label key={x.id}>
                <input
                  type="checkbox"
                  checked={r.propagationRouteTableIds.includes(x.id)}
                  data-testid={`inspector.vgw.propagates.${x.name}`}
                  onChange={(e) =>
                    update({
                      propagationRouteTableIds: e.target.checked
                        ? [...r.propagationRouteTableIds, x.id]
                        : r.propagationRouteTableIds.filter((y) => y !== x.id),
                    })
                  }
                />
                {x.name}
              </label>
            ))}
          </div>
        )}
      </Section>
    </>
  );
}

export function CustomerGatewaySection({ r }: SectionProps<CustomerGateway>) {
  const { t } = useTranslation();
  const update = updateOf(r);
  const ipCheck = useIpValidator();
  return (
    <>
      <TextField
        label={t('tgw.ipAddress')}
        value={r.ipAddress}
        mono
        testId="inspector.cgw.ip"
        validate={ipCheck}
        onCommit={(v) => update({ ipAddress: v.trim() })}
      />
      <NumberField
        label={t('tgw.bgpAsn')}
        value={r.bgpAsn}
        max={MAX_ASN}
        min={1}
        testId="inspector.cgw.asn"
        onCommit={(bgpAsn) => update({ bgpAsn })}
      />
    </>
  );
}

export function VpnConnectionSection({ design, r }: SectionProps<VpnConnection>) {
  const { t } = useTranslation();
  const update = updateOf(r);
  const index = indexDesign(design);
  const none = { value: '', label: t('inspector.none') };
  const ends = [
    none,
    ...index.ofKind('vpnGateway').map((g) => ({ value: g.id, label: `${g.name} (vgw)` })),
    ...index.ofKind('transitGateway').map((g) => ({ value: g.id, label: `${g.name} (tgw)` })),
  ];
  const end = r.vpnGatewayId ?? r.transitGatewayId ?? '';
  return (
    <>
      <Select
        label={t('kind.customerGateway')}
        testId="inspector.vpn.cgw"
        value={r.customerGatewayId ?? ''}
        options={[none, ...index.ofKind('customerGateway').map((g) => ({ value: g.id, label: g.name }))]}
        onChange={(v) => update({ customerGatewayId: v || null })}
      />
      <Select
        label={t('tgw.awsSide')}
        testId="inspector.vpn.end"
        value={end}
        options={ends}
        onChange={(v) => {
          const kind = index.get(v)?.kind;
          update({
            vpnGatewayId: kind === 'vpnGateway' ? v : null,
            transitGatewayId: kind === 'transitGateway' ? v : null,
            tgwRouteTableId: null,
          });
        }}
      />
      <Select
        label={t('tgw.routing')}
        testId="inspector.vpn.routing"
        value={r.staticRoutesOnly ? 'static' : 'bgp'}
        options={[
          { value: 'static', label: t('tgw.static') },
          { value: 'bgp', label: t('tgw.bgp') },
        ]}
        onChange={(v) => update({ staticRoutesOnly: v === 'static' })}
      />
      <TextField
        label={t('tgw.onPremCidrs')}
        value={r.onPremCidrs.join(', ')}
        mono
        testId="inspector.vpn.cidrs"
        validate={(v) =>
          v
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
            .every(isCidr)
            ? null
            : { error: t('tgw.cidrList') }
        }
        onCommit={(v) =>
          update({
            onPremCidrs: v
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean),
          })
        }
      />
    </>
  );
}
