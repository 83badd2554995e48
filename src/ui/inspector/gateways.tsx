/** The sections of a NAT gateway (connectivity, Elastic IP) and of a peering connection (its two VPCs). */
import { useTranslation } from 'react-i18next';
import { type NatGateway, type PeeringConnection, indexDesign } from '../../model/index.ts';
import { Select, TextField, useIpValidator } from '../fields.tsx';
import type { SectionProps } from './section.tsx';
import { updateOf } from './update.ts';

export function NatGatewaySection({ r }: SectionProps<NatGateway>) {
  const { t } = useTranslation();
  const ipCheck = useIpValidator({ allowEmpty: true });
  const update = updateOf(r);
  return (
    <>
      <Select
        label={t('inspector.connectivity')}
        testId="inspector.connectivity"
        value={r.connectivity}
        options={[
          { value: 'public', label: t('inspector.connectivityPublic') },
          { value: 'private', label: t('inspector.connectivityPrivate') },
        ]}
        onChange={(connectivity) => update({ connectivity })}
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

export function PeeringSection({ design, r }: SectionProps<PeeringConnection>) {
  const { t } = useTranslation();
  const update = updateOf(r);
  const vpcs = indexDesign(design)
    .ofKind('vpc')
    .map((v) => ({ value: v.id, label: `${v.name} (${v.cidrBlocks[0] ?? ''})` }));
  return (
    <>
      <Select
        label={t('inspector.requester')}
        testId="inspector.requester"
        value={r.requesterVpcId ?? ''}
        options={[{ value: '', label: t('inspector.none') }, ...vpcs]}
        onChange={(v) => update({ requesterVpcId: v || null })}
      />
      <Select
        label={t('inspector.accepter')}
        testId="inspector.accepter"
        value={r.accepterVpcId ?? ''}
        options={[{ value: '', label: t('inspector.none') }, ...vpcs]}
        onChange={(v) => update({ accepterVpcId: v || null })}
      />
    </>
  );
}
