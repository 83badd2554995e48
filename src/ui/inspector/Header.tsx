import { useTranslation } from 'react-i18next';
import type { Resource } from '../../model/index.ts';
import { iconOf } from '../../canvas/icons.ts';
import { TextField } from '../fields.tsx';
import { updateOf } from './update.ts';

/** What every resource's form starts with: its kind and analogy, then its name and id. */
export function InspectorHeader({ r }: { r: Resource }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="vt-inspector__head">
        <img src={iconOf(r)} alt="" />
        <div>
          <div className="vt-inspector__kind">{t(`kind.${r.kind}`)}</div>
          <div className="vt-inspector__analogy" data-testid="inspector.analogy">
            {t(`analogy.${r.kind}`)}
          </div>
        </div>
      </div>
      <TextField
        label={t('inspector.name')}
        value={r.name}
        testId="inspector.name"
        onCommit={(name) => updateOf(r)({ name })}
      />
      <div className="vt-field">
        <label>{t('inspector.id')}</label>
        <code className="vt-muted" data-testid="inspector.id">
          {r.id}
        </code>
      </div>
    </>
  );
}
