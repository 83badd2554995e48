/**
 * Opening infrastructure as code (issue #15): a CloudFormation template (File › Open, a drop, a
 * paste) or Terraform files. The template's parameters without a default (often the zones) are asked
 * for in a form (with AllowedValues as a choice, the default filled in when there is one); the
 * import report (counts, externals, problems with line and column) shows as the AWS import shows its
 * own. A Terraform configuration's variables that have no default and no .tfvars file gives (a
 * .tfvars dropped with the .tf files is read) are asked for in the same kind of form, their values
 * given as -var gives them. "Open" lays the design out and opens it as a new design (actionImportAws's confirmImportAws:
 * the design on screen is saved first). A broken template shows where it is broken and opens nothing.
 *
 * The readers (yaml for CloudFormation, the HCL parser for Terraform) load with this dialog's chunk,
 * never with the app (first-load budget).
 */
import { useId, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTemplate, readCfn, templateParameters, type CfnParameter } from '../../io/cfn/index.ts';
import type { VariableUse } from '../../io/terraform/index.ts';
import { detectIac } from '../../io/iac/detect.ts';
import type { Design } from '../../model/index.ts';
import { Modal } from '../DesignsDialog.tsx';
import { fromDataTransfer, mergeInputs, readFiles } from '../awsImport/inputs.ts';
import type { AwsInput } from '../awsImport/types.ts';
import { ImportReport, type ReportShape } from './ImportReport.tsx';
import { useTerraformImport } from './useTerraformImport.ts';

const DEFAULT_REGION = 'us-east-1';
const ZONE_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** Which reader the inputs call for: Terraform when any is Terraform, else the first template. */
export function readerFor(inputs: readonly AwsInput[]): 'cfn' | 'terraform' | null {
  const kinds = inputs.map((i) => detectIac(i.path, i.text));
  if (kinds.some((k) => k === 'terraform-hcl' || k === 'terraform-json')) return 'terraform';
  return inputs.length ? 'cfn' : null;
}

export function IacImportDialog({
  initial,
  onClose,
  onImport,
}: {
  initial: readonly AwsInput[];
  onClose: () => void;
  onImport: (design: Design) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [inputs, setInputs] = useState<readonly AwsInput[]>(initial);
  const [pasted, setPasted] = useState('');
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [region, setRegion] = useState('');
  const [over, setOver] = useState(false);
  const [importing, setImporting] = useState(false);
  const pasteId = useId();
  const regionId = useId();

  const all = useMemo(
    () => (pasted.trim() ? mergeInputs(inputs, [{ path: t('iacImport.pastedName'), text: pasted }]) : inputs),
    [inputs, pasted, t],
  );
  const reader = readerFor(all);
  const template = reader === 'cfn' ? all[all.length - 1]! : null;

  // CloudFormation: parsed once per text, for the parameter form.
  const parsed = useMemo(() => (template ? parseTemplate(template.text) : null), [template]);
  const declared: CfnParameter[] = useMemo(() => (parsed?.ok ? templateParameters(parsed.value) : []), [parsed]);
  // What the user typed, by parameter name; a parameter not typed in keeps its default.
  const values: Record<string, string> = useMemo(
    () => Object.fromEntries(declared.map((p) => [p.name, edits[p.name] ?? p.default ?? ''])),
    [declared, edits],
  );
  // Missing: no default and nothing typed (a default of '' is a value, as CloudFormation takes it).
  const missing = declared.filter((p) => p.default === null && !(values[p.name] ?? '').trim());
  const baseName = template ? template.path.replace(/\.(ya?ml|json|template)$/i, '') : '';
  const cfn = useMemo(() => {
    if (!template || (parsed?.ok && missing.length)) return null;
    const params = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
    return readCfn(template.text, {
      params,
      file: template.path,
      region: region || undefined,
      name: baseName || undefined,
    });
  }, [template, parsed, missing.length, values, region, baseName]);

  // Terraform: the variables no default and no .tfvars gives are asked for, as parameters are;
  // what is typed is given as -var gives it (it wins). A field stays while its variable is typed in.
  const [tfEdits, setTfEdits] = useState<Record<string, string>>({});
  const tfVars = useMemo(
    () => Object.fromEntries(Object.entries(tfEdits).filter(([, v]) => v.trim() !== '')),
    [tfEdits],
  );
  const tf = useTerraformImport(reader === 'terraform' ? all : null, region, tfVars);
  const asked: VariableUse[] = useMemo(
    () =>
      (tf.last?.report.variables ?? []).filter(
        (v) => v.source === 'missing' || (v.source === 'given' && !v.from && Object.hasOwn(tfEdits, v.name)),
      ),
    [tf.last, tfEdits],
  );
  const missingVars = asked.filter((v) => !(tfEdits[v.name] ?? '').trim());
  const tfResult = tf.result && !missingVars.length ? tf.result : null;
  const result: { design: Design | null; report: ReportShape } | null = reader === 'terraform' ? tfResult : cfn;

  const add = async (files: Parameters<typeof readFiles>[0]) => {
    const c = await readFiles(files);
    setInputs((before) => (readerFor(c.inputs) === 'cfn' ? c.inputs : mergeInputs(before, c.inputs)));
  };
  const stop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };

  const zones = ZONE_LETTERS.map((l) => `${region || DEFAULT_REGION}${l}`);
  const zoneListId = `${regionId}-zones`;

  return (
    <Modal title={t('iacImport.title')} onClose={onClose} testId="iacImport" wide>
      <p className="vt-modal__intro">{t('iacImport.intro')}</p>
      <section
        className={`vt-aws__zone${over ? ' vt-aws__zone--over' : ''}`}
        aria-label={t('iacImport.zone')}
        data-testid="iacImport.zone"
        onDragEnter={(e) => {
          stop(e);
          setOver(true);
        }}
        onDragOver={stop}
        onDragLeave={(e) => {
          e.stopPropagation();
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={(e) => {
          stop(e);
          setOver(false);
          void fromDataTransfer(e.dataTransfer).then(add);
        }}
      >
        <p>{t('iacImport.drop')}</p>
        {inputs.length ? (
          <p className="vt-muted" data-testid="iacImport.files">
            {inputs.map((i) => i.path).join(', ')}
          </p>
        ) : null}
      </section>
      <label className="vt-aws__paste" htmlFor={pasteId}>
        {t('iacImport.paste')}
      </label>
      <textarea
        id={pasteId}
        className="vt-aws__textarea"
        value={pasted}
        onChange={(e) => setPasted(e.target.value)}
        placeholder="AWSTemplateFormatVersion: '2010-09-09'"
        spellCheck={false}
        rows={3}
        data-testid="iacImport.paste"
      />

      <div className="vt-iac__settings">
        <div className="vt-field">
          <label htmlFor={regionId}>{t('iacImport.region')}</label>
          <input
            id={regionId}
            value={region}
            placeholder={DEFAULT_REGION}
            onChange={(e) => setRegion(e.target.value.trim())}
            data-testid="iacImport.region"
          />
        </div>
      </div>

      {declared.length ? (
        <fieldset className="vt-iac__params" data-testid="iacImport.params">
          <legend>{t('iacImport.parameters', { count: declared.length })}</legend>
          <datalist id={zoneListId}>
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          {declared.map((p) => (
            <ParameterField
              key={p.name}
              param={p}
              value={values[p.name] ?? ''}
              zoneListId={zoneListId}
              onChange={(v) => setEdits((before) => ({ ...before, [p.name]: v }))}
            />
          ))}
        </fieldset>
      ) : null}

      {reader === 'terraform' && asked.length ? (
        <fieldset className="vt-iac__params" data-testid="iacImport.variables">
          <legend>{t('iacImport.variables', { count: asked.length })}</legend>
          <p className="vt-modal__note vt-iac__hint">{t('iacImport.variablesHint')}</p>
          {asked.map((v) => (
            <ParameterField
              key={v.name}
              param={{
                name: v.name,
                type: v.type ?? '',
                description: v.description ?? '',
                default: null,
                allowedValues: null,
                noEcho: !!v.sensitive,
              }}
              value={tfEdits[v.name] ?? ''}
              zoneListId={zoneListId}
              placeholder={
                /^(list|set|tuple)\b/.test(v.type ?? '')
                  ? '["…", "…"]'
                  : /^(map|object)\b/.test(v.type ?? '')
                    ? '{"key": "…"}'
                    : undefined
              }
              onChange={(value) => setTfEdits((before) => ({ ...before, [v.name]: value }))}
            />
          ))}
        </fieldset>
      ) : null}

      <div className="vt-aws__preview" aria-live="polite" data-testid="iacImport.preview">
        {!all.length ? <p className="vt-muted">{t('awsImport.nothingYet')}</p> : null}
        {reader === 'terraform' && tf.reading ? <p className="vt-muted">{t('awsImport.reading')}</p> : null}
        {reader === 'terraform' && missingVars.length ? (
          <p className="vt-muted" data-testid="iacImport.needVars">
            {t('iacImport.needVars', { names: missingVars.map((v) => v.name).join(', ') })}
          </p>
        ) : null}
        {reader === 'cfn' && missing.length && parsed?.ok ? (
          <p className="vt-muted" data-testid="iacImport.needParams">
            {t('iacImport.needParams', { names: missing.map((p) => p.name).join(', ') })}
          </p>
        ) : null}
        {result ? <ImportReport report={result.report} refused={!result.design} /> : null}
      </div>

      <div className="vt-modal__actions">
        <button type="button" className="vt-btn vt-modal__aside" onClick={onClose} data-testid="iacImport.cancel">
          {t('awsImport.cancel')}
        </button>
        <button
          type="button"
          className="vt-btn vt-btn--primary"
          disabled={!result?.design || importing}
          onClick={() => {
            if (!result?.design) return;
            setImporting(true);
            void onImport(result.design).finally(() => setImporting(false));
          }}
          data-testid="iacImport.import"
        >
          {importing ? t('awsImport.importing') : t('iacImport.open')}
        </button>
      </div>
    </Modal>
  );
}

function ParameterField({
  param,
  value,
  zoneListId,
  placeholder,
  onChange,
}: {
  param: CfnParameter;
  value: string;
  zoneListId: string;
  placeholder?: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const required = param.default === null;
  const isZone = /AvailabilityZone::Name/.test(param.type);
  const testId = `iacImport.param.${param.name}`;
  return (
    <div className="vt-field vt-iac__param">
      <label htmlFor={id}>
        <code>{param.name}</code> {param.type ? <span className="vt-muted">{param.type}</span> : null}
        {required ? <span className="vt-iac__required"> {t('iacImport.required')}</span> : null}
      </label>
      {param.allowedValues?.length ? (
        <select
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={param.description ? hintId : undefined}
          data-testid={testId}
        >
          {required && !value ? <option value="">{t('iacImport.choose')}</option> : null}
          {param.allowedValues.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          value={value}
          type={param.noEcho ? 'password' : 'text'}
          placeholder={placeholder}
          list={isZone && !param.type.startsWith('List<') ? zoneListId : undefined}
          required={required}
          aria-invalid={required && !value.trim() ? true : undefined}
          aria-describedby={param.description ? hintId : undefined}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        />
      )}
      {param.description ? (
        <span id={hintId} className="vt-modal__note">
          {param.description}
        </span>
      ) : null}
    </div>
  );
}
