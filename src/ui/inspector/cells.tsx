import { useTranslation } from 'react-i18next';
import { PROTOCOLS, type Protocol, parseCidr } from '../../model/index.ts';
import { useDraft } from '../fields.tsx';

/** A port number as a rule or listener takes it: digits only, 0–65535. */
export const isPort = (v: string) => /^\d+$/.test(v) && Number(v) <= 65535;

/** A CIDR in its canonical form (a rule cell offers no fix, so host bits are refused). */
export const isCidr = (v: string) => {
  const p = parseCidr(v);
  return p.ok && p.isCanonical;
};

/**
 * A compact cell editor for rule tables: commits on Enter/blur, flags invalid input. `chars` is its
 * width in characters of its monospace font, so the longest valid value shows whole (a CIDR is at
 * most 18: 255.255.255.255/32).
 */
export function Cell(props: {
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

/** A compact select among the items of a fixed list (`PROTOCOLS`, a rule's direction). */
export function CellSelect<T extends string>(props: {
  value: T;
  options: readonly T[];
  labelOf: (v: T) => string;
  onChange: (v: T) => void;
  label: string;
  testId: string;
}) {
  return (
    <select
      className="vt-cell"
      value={props.value}
      aria-label={props.label}
      data-testid={props.testId}
      onChange={(e) => {
        const v = props.options.find((o) => o === e.target.value);
        if (v !== undefined) props.onChange(v);
      }}
    >
      {props.options.map((o) => (
        <option key={o} value={o}>
          {props.labelOf(o)}
        </option>
      ))}
    </select>
  );
}

export function ProtocolSelect(props: { value: Protocol; onChange: (p: Protocol) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <CellSelect
      value={props.value}
      options={PROTOCOLS}
      labelOf={(p) => (p === 'all' ? t('inspector.allTraffic') : p.toUpperCase())}
      onChange={props.onChange}
      label={t('inspector.protocol')}
      testId={props.testId}
    />
  );
}
