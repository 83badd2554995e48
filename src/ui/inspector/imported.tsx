/**
 * The sections of the kinds that arrive only by import: an external resource (what AWS says it is,
 * what the import read about it, the VPCs it is attached to) and a managed prefix list (its blocks,
 * or that they are not known). Read-only: they describe a live network, not a design choice.
 */
import { useTranslation } from 'react-i18next';
import { type ExternalResource, type PrefixList, indexDesign } from '../../model/index.ts';
import type { SectionProps } from './section.tsx';

export function ExternalSection({ design, r }: SectionProps<ExternalResource>) {
  const { t } = useTranslation();
  const index = indexDesign(design);
  const vpcs = r.vpcIds.map((id) => index.getKind(id, 'vpc')?.name ?? id);
  return (
    <>
      <div className="vt-field">
        <label>{t('inspector.awsType')}</label>
        <code data-testid="inspector.awsType">{r.awsType}</code>
        <div className="vt-muted vt-small">{t('inspector.externalNote')}</div>
      </div>
      {vpcs.length > 0 && (
        <div className="vt-field">
          <label>{t('inspector.attachedVpcs')}</label>
          <span data-testid="inspector.attachedVpcs">{vpcs.join(', ')}</span>
        </div>
      )}
      {r.attributes.length > 0 && (
        <div className="vt-field">
          <label>{t('inspector.attributes')}</label>
          <dl className="vt-attributes" data-testid="inspector.attributes">
            {r.attributes.map((a, i) => (
              <div key={`${a.key}.${i}`}>
                <dt>{a.key}</dt>
                <dd>{a.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </>
  );
}

export function PrefixListSection({ r }: SectionProps<PrefixList>) {
  const { t } = useTranslation();
  return (
    <>
      <div className="vt-field">
        <label>{t('inspector.addressFamily')}</label>
        <span data-testid="inspector.addressFamily">{r.addressFamily}</span>
      </div>
      <div className="vt-field">
        <label>{t('inspector.entries')}</label>
        {r.entries === null ? (
          <div className="vt-muted vt-small" data-testid="inspector.entries">
            {t('inspector.entriesUnknown')}
          </div>
        ) : (
          <ul className="vt-entries" data-testid="inspector.entries">
            {r.entries.map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
