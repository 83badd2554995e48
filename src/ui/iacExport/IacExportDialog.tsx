/**
 * File › Export as CloudFormation… / Export as Terraform…: the open design written as code that
 * deploys it (src/io/iac, in this dialog's lazily loaded chunk), with its notes (what was left out,
 * what cannot survive, what needs a value when deployed) and a download per file. The design on
 * screen is only read.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { toCloudFormation, toTerraform, type IacNote, type IacParameter } from '../../io/iac/index.ts';
import { downloadText } from '../../io/export/download.ts';
import { exportFileName } from '../../io/export/frame.ts';
import { useDesignStore } from '../../store/designStore.ts';
import { Modal } from '../DesignsDialog.tsx';
import { notify } from '../actions/notify.ts';

/** A note in the user's language: by its code where the locale words it, else the exporter's English. */
export function noteText(t: TFunction, n: IacNote, exists: (key: string) => boolean): string {
  const key = `iacExport.note.${n.code}`;
  // `count` as `n`: a figure in a sentence, not a plural form (plurals.test.ts).
  return exists(key) ? t(key, { ...n.params, n: n.params.count }) : n.message;
}

interface Written {
  readonly files: readonly { name: string; text: string; type: string }[];
  readonly notes: readonly IacNote[];
  readonly parameters: readonly IacParameter[];
  readonly region: string;
}

function write(language: 'cfn' | 'terraform', design: Parameters<typeof toCloudFormation>[0]): Written {
  if (language === 'cfn') {
    const r = toCloudFormation(design);
    return {
      files: [{ name: exportFileName(design.name, 'yaml'), text: r.text, type: 'application/yaml' }],
      notes: r.notes,
      parameters: r.parameters,
      region: r.region,
    };
  }
  const r = toTerraform(design);
  return {
    files: r.files.map((f) => ({ ...f, type: 'text/plain' })),
    notes: r.notes,
    parameters: r.variables,
    region: r.region,
  };
}

const lines = (text: string) => text.split('\n').length - 1;

export function IacExportDialog({ language, onClose }: { language: 'cfn' | 'terraform'; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const written = useMemo(() => write(language, design), [language, design]);
  const hasVpc = design.resources.some((r) => r.kind === 'vpc');
  const exists = (key: string) => i18n.exists(key);
  const required = written.parameters.filter((p) => p.default === null);
  const download = (f: Written['files'][number]) => {
    downloadText(f.text, f.name, f.type);
    notify(t('files.saved', { file: f.name }));
  };
  const testId = 'iacExport';
  return (
    <Modal
      title={t(language === 'cfn' ? 'iacExport.titleCfn' : 'iacExport.titleTerraform')}
      onClose={onClose}
      testId={testId}
      wide
    >
      <p className="vt-modal__intro">
        {t(language === 'cfn' ? 'iacExport.introCfn' : 'iacExport.introTerraform', { region: written.region })}
      </p>
      {!hasVpc ? (
        <p className="vt-aws__refused" role="alert" data-testid="iacExport.empty">
          {t('iacExport.empty')}
        </p>
      ) : null}
      <ul className="vt-iacx__files" data-testid="iacExport.files">
        {written.files.map((f) => (
          <li key={f.name}>
            <code>{f.name}</code>
            <span className="vt-muted">{t('iacExport.lines', { count: lines(f.text) })}</span>
            <button
              type="button"
              className="vt-btn vt-btn--primary"
              onClick={() => download(f)}
              data-testid={`iacExport.download.${f.name.endsWith('.yaml') ? 'template' : f.name}`}
              aria-label={`${t('iacExport.download')} ${f.name}`}
            >
              {t('iacExport.download')}
            </button>
          </li>
        ))}
      </ul>
      {required.length ? (
        <>
          <h3>{t('iacExport.required', { count: required.length })}</h3>
          <p className="vt-modal__note">{t('iacExport.requiredNote')}</p>
          <ul className="vt-iacx__params" data-testid="iacExport.parameters">
            {required.map((p) => (
              <li key={p.name}>
                <code>{p.name}</code>
                {p.secret ? <span className="vt-iacx__secret">{t('iacExport.secret')}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('iacExport.notes', { count: written.notes.length })}</h3>
      <ul className="vt-aws__problems" data-testid="iacExport.notes">
        {written.notes.map((n, i) => (
          <li key={i} data-severity={n.severity} data-code={n.code}>
            <span className={`vt-aws__sev vt-aws__sev--${n.severity}`}>{t(`awsImport.severity.${n.severity}`)}</span>
            <span>{noteText(t, n, exists)}</span>
          </li>
        ))}
      </ul>
      <h3>{t('iacExport.preview', { file: written.files[0]!.name })}</h3>
      <pre className="vt-iacx__code" tabIndex={0} data-testid="iacExport.preview">
        {written.files[0]!.text}
      </pre>
      <div className="vt-modal__actions">
        <button type="button" className="vt-btn" onClick={onClose} data-testid="iacExport.close">
          {t('iacExport.close')}
        </button>
      </div>
    </Modal>
  );
}
