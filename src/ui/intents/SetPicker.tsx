import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { indexDesign, kindsWith, INTENT_SET_TYPES, type IntentSet, type IntentSetType } from '../../model/index.ts';
import { useDesignStore } from '../../store/designStore.ts';

const ROLES = ['workload', 'addressable'] as const;

/** A fresh set of a type, with the first choice the design offers. */
function fresh(type: IntentSetType, first: (t: IntentSetType) => string): IntentSet {
  switch (type) {
    case 'internet':
      return { type };
    case 'subnets':
      return { type, which: 'private' };
    case 'kind':
      return { type, kind: 'rds' };
    case 'role':
      return { type, role: 'workload' };
    case 'name':
      return { type, pattern: '' };
    case 'cidr':
      return { type, cidr: '' };
    default:
      return { type, id: first(type) };
  }
}

/**
 * One of an intent's sets, picked the way users think: its type (a resource, all databases, names
 * matching `web-*`, public subnets, a security group's members, the internet, a CIDR), then which.
 */
export function SetPicker({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: IntentSet;
  onChange: (s: IntentSet) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const design = useDesignStore((s) => s.design);
  const index = indexDesign(design);
  const named = (r: { id: string; name: string }) => ({ value: r.id, label: r.name || r.id });
  const choices: Partial<Record<IntentSetType, { value: string; label: string }[]>> = {
    resource: kindsWith('addressable').flatMap((k) => index.ofKind(k).map(named)),
    subnet: index.ofKind('subnet').map(named),
    securityGroup: index.ofKind('securityGroup').map(named),
  };
  const first = (type: IntentSetType) => choices[type]?.[0]?.value ?? '';
  let which: React.ReactNode = null;
  const select = (v: string, options: { value: string; label: string }[], set: (v: string) => void) => (
    <select
      aria-label={`${label}: ${t('intents.field.value')}`}
      value={v}
      onChange={(e) => set(e.target.value)}
      data-testid={`${testId}.value`}
    >
      {!options.some((o) => o.value === v) && <option value={v}>{v || t('intents.set.pick')}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
  const text = (v: string, set: (v: string) => void, placeholder: string) => (
    <input
      className="vt-mono"
      aria-label={`${label}: ${t('intents.field.value')}`}
      value={v}
      placeholder={placeholder}
      onChange={(e) => set(e.target.value)}
      data-testid={`${testId}.value`}
    />
  );
  switch (value.type) {
    case 'resource':
    case 'subnet':
    case 'securityGroup': {
      const type = value.type;
      which = select(value.id, choices[type] ?? [], (v) => onChange({ type, id: v }));
      break;
    }
    case 'kind':
      which = select(
        value.kind,
        kindsWith('addressable').map((k) => ({ value: k, label: t(`kind.${k}`) })),
        (v) => onChange({ type: 'kind', kind: v }),
      );
      break;
    case 'role':
      which = select(
        value.role,
        ROLES.map((r) => ({ value: r, label: t(`intents.role.${r}`) })),
        (v) => onChange({ type: 'role', role: v }),
      );
      break;
    case 'subnets':
      which = select(
        value.which,
        (['public', 'private'] as const).map((w) => ({ value: w, label: t(`intents.set.${w}`) })),
        (v) => onChange({ type: 'subnets', which: v === 'public' ? 'public' : 'private' }),
      );
      break;
    case 'name':
      which = text(value.pattern, (v) => onChange({ type: 'name', pattern: v }), 'web-*');
      break;
    case 'cidr':
      which = text(value.cidr, (v) => onChange({ type: 'cidr', cidr: v }), '10.0.0.0/16');
      break;
    default:
      break;
  }
  return (
    <div className="vt-field" role="group" aria-labelledby={id}>
      <label id={id}>{label}</label>
      <div className="vt-setpicker">
        <select
          aria-label={label}
          value={value.type}
          onChange={(e) => onChange(fresh(e.target.value as IntentSetType, first))}
          data-testid={`${testId}.type`}
        >
          {INTENT_SET_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`intents.set.${type}`)}
            </option>
          ))}
        </select>
        {which}
      </div>
    </div>
  );
}
