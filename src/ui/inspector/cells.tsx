import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NAMED_PROTOCOL_NUMBERS,
  PROTOCOLS,
  WELL_KNOWN_PROTOCOLS,
  type IpProtocol,
  type Protocol,
  parseCidr,
} from '../../model/index.ts';
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

/** The well-known protocol numbers offered by name in the protocol select (the rest: "Other…"). */
const OFFERED_NUMBERS = [50, 51, 47, 132, 58, 2, 4, 41, 89, 103, 112] as const;
const OTHER = 'other';

/** Whether a draft is a protocol number a rule may name: 0–255, but not 1, 6 or 17 (those are named). */
export const isProtocolNumber = (v: string) =>
  /^\d{1,3}$/.test(v) && Number(v) <= 255 && !(Number(v) in NAMED_PROTOCOL_NUMBERS);

/**
 * A rule's, flow's or query's protocol: TCP, UDP, ICMP, all traffic, a well-known protocol by name
 * (ESP, AH, GRE, …), or any other IP protocol number typed into the cell beside it. Choosing
 * "Other…" opens that cell without changing the rule until a number is entered.
 */
export function ProtocolSelect(props: { value: IpProtocol; onChange: (p: IpProtocol) => void; testId: string }) {
  const { t } = useTranslation();
  const [otherOpen, setOtherOpen] = useState(false);
  const { value } = props;
  const offered = typeof value === 'string' || (OFFERED_NUMBERS as readonly number[]).includes(value);
  const showOther = otherOpen || !offered;
  const selected = showOther ? OTHER : String(value);
  const label = (p: Protocol) => (p === 'all' ? t('inspector.allTraffic') : p.toUpperCase());
  return (
    <span className={`vt-protocol${showOther ? ' vt-protocol--other' : ''}`}>
      <select
        className="vt-cell"
        value={selected}
        aria-label={t('inspector.protocol')}
        data-testid={props.testId}
        onChange={(e) => {
          const v = e.target.value;
          if (v === OTHER) return setOtherOpen(true);
          setOtherOpen(false);
          const named = PROTOCOLS.find((p) => p === v);
          props.onChange(named ?? Number(v));
        }}
      >
        {PROTOCOLS.map((p) => (
          <option key={p} value={p}>
            {label(p)}
          </option>
        ))}
        {OFFERED_NUMBERS.map((n) => (
          <option key={n} value={String(n)} title={t('inspector.protocolNumbered', { n })}>
            {WELL_KNOWN_PROTOCOLS[n]}
          </option>
        ))}
        <option value={OTHER}>{t('inspector.otherProtocol')}</option>
      </select>
      {showOther && (
        <Cell
          chars={3}
          value={typeof value === 'number' && !offered ? String(value) : ''}
          label={t('inspector.protocolNumber')}
          testId={`${props.testId}Number`}
          check={isProtocolNumber}
          onCommit={(v) => {
            setOtherOpen(false);
            props.onChange(Number(v));
          }}
        />
      )}
    </span>
  );
}
