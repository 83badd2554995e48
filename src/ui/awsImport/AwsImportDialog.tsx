/**
 * File › Import from AWS…: drop or choose the JSON files (or a whole folder) that read-only AWS CLI
 * describe calls printed, or paste it; a preview says what will be imported per kind, what is kept
 * as external, what was read and kept for later, and every problem with its place. Nothing on
 * screen changes until "Import" (actionImportAws's confirmImportAws opens it as a new design).
 *
 * The importer (src/io/aws) runs here, in the dialog's own lazily loaded chunk.
 */
import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readAws } from '../../io/aws/index.ts';
import type { Design } from '../../model/index.ts';
import { Modal } from '../DesignsDialog.tsx';
import { CodeList, ExternalsList, ImportCounts, ProblemList, problemText } from '../importReport/parts.tsx';
import type { AwsImportResult, AwsInput } from './types.ts';
import {
  fromDataTransfer,
  fromFileList,
  mergeInputs,
  PASTED,
  readFiles,
  suggestedName,
  type Collected,
} from './inputs.ts';

export function AwsImportDialog({
  onClose,
  onImport,
}: {
  onClose: () => void;
  onImport: (design: Design) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [inputs, setInputs] = useState<readonly AwsInput[]>([]);
  const [skipped, setSkipped] = useState<Collected['skipped']>([]);
  const [pasted, setPasted] = useState('');
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState(false);
  const [importing, setImporting] = useState(false);
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const pasteId = useId();

  // The folder picker: a non-standard attribute React does not know.
  useEffect(() => {
    folderRef.current?.setAttribute('webkitdirectory', '');
  }, []);

  const all = useMemo(
    () => (pasted.trim() ? mergeInputs(inputs, [{ path: PASTED, text: pasted }]) : inputs),
    [inputs, pasted],
  );
  const name = suggestedName(all) ?? t('awsImport.defaultName');
  const result: AwsImportResult | null = useMemo(
    () => (all.length ? readAws(all, { name, layout: false }) : null),
    [all, name],
  );

  const add = async (files: Parameters<typeof readFiles>[0]) => {
    setReading(true);
    try {
      const c = await readFiles(files);
      setInputs((before) => mergeInputs(before, c.inputs));
      setSkipped((before) => [...before, ...c.skipped]);
    } finally {
      setReading(false);
    }
  };

  const onDrop = (e: DragEvent) => {
    // Not the window's "drop a design to open it" (FileDropZone).
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    void fromDataTransfer(e.dataTransfer).then(add);
  };
  const stop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };

  const report = result?.report;
  const refused = !!result && !result.design;
  const problems = report?.problems ?? [];
  const exists = (key: string) => i18n.exists(key);

  return (
    <Modal title={t('awsImport.title')} onClose={onClose} testId="awsImport" wide>
      <p className="vt-modal__intro">{t('awsImport.intro')}</p>
      <section
        className={`vt-aws__zone${over ? ' vt-aws__zone--over' : ''}`}
        aria-label={t('awsImport.zone')}
        data-testid="awsImport.zone"
        onDragEnter={(e) => {
          stop(e);
          setOver(true);
        }}
        onDragOver={stop}
        onDragLeave={(e) => {
          e.stopPropagation();
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={onDrop}
      >
        <p>{t('awsImport.drop')}</p>
        <div className="vt-aws__pick">
          <button
            type="button"
            className="vt-btn"
            onClick={() => filesRef.current?.click()}
            data-testid="awsImport.files"
          >
            {t('awsImport.chooseFiles')}
          </button>
          <button
            type="button"
            className="vt-btn"
            onClick={() => folderRef.current?.click()}
            data-testid="awsImport.folder"
          >
            {t('awsImport.chooseFolder')}
          </button>
          {inputs.length ? (
            <button
              type="button"
              className="vt-btn vt-btn--quiet"
              onClick={() => {
                setInputs([]);
                setSkipped([]);
              }}
              data-testid="awsImport.clear"
            >
              {t('awsImport.clear')}
            </button>
          ) : null}
        </div>
        <input
          ref={filesRef}
          type="file"
          multiple
          accept=".json,application/json,text/plain"
          hidden
          aria-label={t('awsImport.chooseFiles')}
          data-testid="awsImport.filesInput"
          onChange={(e) => {
            if (e.target.files?.length) void add(fromFileList(e.target.files));
            e.target.value = '';
          }}
        />
        <input
          ref={folderRef}
          type="file"
          multiple
          hidden
          aria-label={t('awsImport.chooseFolder')}
          data-testid="awsImport.folderInput"
          onChange={(e) => {
            if (e.target.files?.length) void add(fromFileList(e.target.files));
            e.target.value = '';
          }}
        />
      </section>
      <label className="vt-aws__paste" htmlFor={pasteId}>
        {t('awsImport.paste')}
      </label>
      <textarea
        id={pasteId}
        className="vt-aws__textarea"
        value={pasted}
        onChange={(e) => setPasted(e.target.value)}
        placeholder='{ "Vpcs": [ … ] }'
        spellCheck={false}
        rows={3}
        data-testid="awsImport.paste"
      />

      <div className="vt-aws__preview" aria-live="polite" data-testid="awsImport.preview">
        {reading ? <p className="vt-muted">{t('awsImport.reading')}</p> : null}
        {!result && !reading ? <p className="vt-muted">{t('awsImport.nothingYet')}</p> : null}
        {report ? (
          <>
            <p data-testid="awsImport.summary">
              {t('awsImport.read', { count: report.files.length })}
              {skipped.length ? ` ${t('awsImport.skipped', { count: skipped.length })}` : ''}
            </p>
            {refused ? (
              <p className="vt-aws__refused" role="alert" data-testid="awsImport.refused">
                {t('awsImport.refused')}
              </p>
            ) : (
              <ImportCounts counts={report.counts} testId="awsImport.counts" />
            )}
            <ExternalsList externals={report.externals} testId="awsImport.externals" />
            <CodeList
              title={t('awsImport.kept')}
              testId="awsImport.kept"
              rows={report.kept.map((k) => ({ key: k.call, code: k.call, note: `× ${k.count}` }))}
            />
            <ProblemList
              problems={problems}
              testId="awsImport.problems"
              text={(p) => problemText(t, p, exists)}
              before={skipped.map((s) => (
                <li key={`skip:${s.path}`} data-severity="warning">
                  <span className="vt-aws__sev vt-aws__sev--warning">{t('awsImport.severity.warning')}</span>
                  <code>{s.path}</code>
                  <span>{t(`awsImport.skip.${s.reason}`)}</span>
                </li>
              ))}
            />
          </>
        ) : null}
      </div>

      <div className="vt-modal__actions">
        <button type="button" className="vt-btn vt-modal__aside" onClick={onClose} data-testid="awsImport.cancel">
          {t('awsImport.cancel')}
        </button>
        <button
          type="button"
          className="vt-btn vt-btn--primary"
          disabled={!result?.design || importing || reading}
          onClick={() => {
            if (!result?.design) return;
            setImporting(true);
            void onImport(result.design).finally(() => setImporting(false));
          }}
          data-testid="awsImport.import"
        >
          {importing ? t('awsImport.importing') : t('awsImport.import')}
        </button>
      </div>
    </Modal>
  );
}
