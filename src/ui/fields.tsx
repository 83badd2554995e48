import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ipToInt, parseCidr } from '../model/index.ts';
import { KindTip } from './KindTip.tsx';

/**
 * A local draft of a committed value that resets when the committed value changes (undo, another
 * selection): React's "adjust state while rendering" pattern, no effect and no extra render pass.
 */
export function useDraft(value: string): [string, (v: string) => void] {
  const [state, setState] = useState({ value, draft: value });
  if (state.value !== value) setState({ value, draft: value });
  const draft = state.value === value ? state.draft : value;
  return [draft, (d: string) => setState({ value, draft: d })];
}

/**
 * Text inputs keep a local draft and commit on Enter or blur, so typing a name is one undo step,
 * not one per keystroke. Escape restores the committed value.
 */
export function TextField(props: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
  testId: string;
  validate?: (v: string) => { error?: string; fix?: string } | null;
  placeholder?: string;
  mono?: boolean;
}) {
  const { label, value, onCommit, testId, validate, placeholder, mono } = props;
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useDraft(value);
  const problem = validate ? validate(draft) : null;
  const commit = (v: string) => {
    if (v === value) return;
    if (validate && validate(v)?.error) return; // invalid drafts stay in the field, flagged, and are not saved
    onCommit(v);
  };
  return (
    <div className="vt-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className={`${mono ? 'vt-mono ' : ''}${problem?.error ? 'vt-invalid' : ''}`}
        value={draft}
        placeholder={placeholder}
        aria-invalid={!!problem?.error}
        aria-describedby={problem ? `${id}-msg` : undefined}
        data-testid={testId}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => commit(draft)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(draft);
          if (e.key === 'Escape') setDraft(value);
        }}
      />
      {problem && (problem.error || problem.fix) && (
        <div
          id={`${id}-msg`}
          className={problem.error ? 'vt-field__error' : 'vt-field__warn'}
          role={problem.error ? 'alert' : 'status'}
          data-testid={`${testId}.message`}
        >
          {problem.error}
          {problem.fix && (
            <button
              type="button"
              className="vt-link"
              data-testid={`${testId}.fix`}
              onClick={() => {
                setDraft(problem.fix!);
                onCommit(problem.fix!);
              }}
            >
              {t('inspector.useCanonical', { canonical: problem.fix })}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** A CIDR check for TextField: syntax, prefix range, and the canonical form when host bits are set. */
export function useCidrValidator(opts: { allowEmpty?: boolean } = {}) {
  const { t } = useTranslation();
  return (v: string): { error?: string; fix?: string } | null => {
    if (opts.allowEmpty && v.trim() === '') return null;
    const p = parseCidr(v);
    if (!p.ok) return { error: t(`cidr.${p.error}`) };
    if (!p.isCanonical) return { error: t('cidr.notCanonical', { canonical: p.canonical }), fix: p.canonical };
    return null;
  };
}

export function useIpValidator(opts: { allowEmpty?: boolean } = {}) {
  const { t } = useTranslation();
  return (v: string): { error?: string } | null => {
    if (opts.allowEmpty && v.trim() === '') return null;
    return ipToInt(v.trim()) === null ? { error: t('cidr.ipSyntax') } : null;
  };
}

export function NumberField(props: {
  label: string;
  value: number;
  onCommit: (v: number) => void;
  testId: string;
  min?: number;
  max?: number;
}) {
  const { t } = useTranslation();
  const { label, value, onCommit, testId, min = 0, max = 65535 } = props;
  return (
    <TextField
      label={label}
      value={String(value)}
      testId={testId}
      mono
      validate={(v) => {
        const n = Number(v);
        return /^\d+$/.test(v.trim()) && n >= min && n <= max ? null : { error: t('cidr.port') };
      }}
      onCommit={(v) => onCommit(Number(v))}
    />
  );
}

export function Toggle(props: { label: string; checked: boolean; onChange: (v: boolean) => void; testId: string }) {
  const id = useId();
  return (
    <div className="vt-field vt-field--inline">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        data-testid={props.testId}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

export function Select<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="vt-field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as T)}
        data-testid={props.testId}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Section({
  title,
  children,
  testId,
  explains,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
  explains?: string;
}) {
  return (
    <section className="vt-section" data-testid={testId}>
      {explains ? (
        <KindTip kind={explains} placement="left">
          <h3 tabIndex={0}>{title}</h3>
        </KindTip>
      ) : (
        <h3>{title}</h3>
      )}
      {children}
    </section>
  );
}
