/**
 * The sections of the VPC endpoints: a gateway endpoint's service, prefix list and route tables
 * (checking a table goes through `connect`, which adds the route to the service's prefix list), and
 * an interface endpoint's service, address and private DNS. Endpoint policies are not modelled:
 * the section says so.
 */
import { useTranslation } from 'react-i18next';
import { type GatewayEndpoint, type InterfaceEndpoint, indexDesign } from '../../model/index.ts';
import { GATEWAY_SERVICES, serviceNameFor, shortService } from '../../model/kinds/vpcEndpointServices.ts';
import { useDesignStore } from '../../store/designStore.ts';
import { dissociateGatewayEndpoint } from '../../store/connectEndpoint.ts';
import { Section, Select, TextField, Toggle, useIpValidator } from '../fields.tsx';
import type { SectionProps } from './section.tsx';
import { updateOf } from './update.ts';

export function GatewayEndpointSection({ design, r }: SectionProps<GatewayEndpoint>) {
  const { t } = useTranslation();
  const index = indexDesign(design);
  const tables = index.ofKind('routeTable').filter((x) => x.parent === r.parent);
  const service = shortService(r.serviceName);
  return (
    <>
      <Select
        label={t('inspector.service')}
        testId="inspector.endpointService"
        value={(GATEWAY_SERVICES as readonly string[]).includes(service) ? service : 's3'}
        options={GATEWAY_SERVICES.map((s) => ({ value: s, label: s === 's3' ? 'Amazon S3' : 'Amazon DynamoDB' }))}
        onChange={(s) => updateOf(r)({ serviceName: serviceNameFor(design, r.parent, s), prefixListId: null })}
      />
      <div className="vt-field">
        <label>{t('inspector.prefixList')}</label>
        <span className="vt-mono vt-small" data-testid="inspector.endpointPrefixList">
          {r.prefixListId ?? t('inspector.prefixListPending')}
        </span>
      </div>
      <Section title={t('inspector.endpointRouteTables')}>
        <div className="vt-checklist" data-testid="inspector.endpointRouteTables">
          {tables.map((x) => (
            <label key={x.id}>
              <input
                type="checkbox"
                checked={r.routeTableIds.includes(x.id)}
                data-testid={`inspector.endpointRouteTables.${x.name}`}
                onChange={(e) => {
                  const store = useDesignStore.getState();
                  if (e.target.checked) store.connect(x.id, r.id);
                  else store.replaceDesign(dissociateGatewayEndpoint(store.design, x, r));
                }}
              />
              {x.name}
            </label>
          ))}
        </div>
      </Section>
      <p className="vt-muted vt-small" data-testid="inspector.endpointPolicyNote">
        {t('inspector.endpointPolicyNote')}
      </p>
    </>
  );
}

export function InterfaceEndpointSection({ r }: SectionProps<InterfaceEndpoint>) {
  const { t } = useTranslation();
  const ipCheck = useIpValidator({ allowEmpty: true });
  const update = updateOf(r);
  return (
    <>
      <TextField
        label={t('inspector.serviceName')}
        value={r.serviceName}
        mono
        testId="inspector.serviceName"
        onCommit={(serviceName) => update({ serviceName })}
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
      <Toggle
        label={t('inspector.privateDns')}
        checked={r.privateDns}
        testId="inspector.privateDns"
        onChange={(privateDns) => update({ privateDns })}
      />
      <p className="vt-muted vt-small">{t('inspector.privateDnsHint')}</p>
      <p className="vt-muted vt-small">{t('inspector.endpointPolicyNote')}</p>
    </>
  );
}
