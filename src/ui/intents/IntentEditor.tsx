import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THROUGH_KINDS, type Intent, type IntentSet, type ThroughKind } from '../../model/index.ts';
import { addIntent, replaceIntent } from '../../store/intents.ts';
import { SetPicker } from './SetPicker.tsx';
import { parseTrafficText, trafficText } from './trafficText.ts';
import { useIntentsUi } from './intentsUi.ts';

type ExpectType = Intent['expect']['type'];

const setComplete = (s: IntentSet) =>
  s.type === 'internet' ||
  s.type === 'subnets' ||
  (s.type === 'name'
    ? s.pattern.trim() !== ''
    : s.type === 'cidr'
      ? s.cidr.trim() !== ''
      : s.type === 'kind'
        ? !!s.kind
        : s.type === 'role'
          ? !!s.role
          : !!s.id);

/**
 * Add or edit an intent: its name, where from and where to (pickers), the traffic (typed:
 * `tcp 8080, udp 53`), and the expectation. Saving is one undo step; nothing changes until then.
 */
export function IntentEditor({ intent }: { intent: Intent | null }) {
  const { t } = useTranslation();
  const id = useId();
  const done = () => useIntentsUi.getState().edit(null);
  const [name, setName] = useState(intent?.name ?? '');
  const [from, setFrom] = useState<IntentSet>(intent?.from ?? { type: 'internet' });
  const [to, setTo] = useState<IntentSet>(intent?.to ?? { type: 'kind', kind: 'rds' });
  const [traffic, setTraffic] = useState(trafficText(intent?.traffic));
  const [expect, setExpect] = useState<ExpectType>(intent?.expect.type ?? 'never');
  const [onlyPorts, setOnlyPorts] = useState(intent?.expect.type === 'only' ? trafficText(intent.expect.ports) : '');
  const [through, setThrough] = useState<ThroughKind | ''>(
    intent?.expect.type === 'only' ? (intent.expect.through ?? '') : '',
  );
  const [error, setError] = useState<string | null>(null);
  const parsedTraffic = parseTrafficText(traffic);
  const parsedOnly = parseTrafficText(onlyPorts);

  const save = () => {
    if (!name.trim()) return setError(t('intents.error.name'));
    if (!setComplete(from) || !setComplete(to)) return setError(t('intents.error.set'));
    if (parsedTraffic === null || (expect === 'only' && parsedOnly === null))
      return setError(t('intents.error.traffic'));
    const expectation: Intent['expect'] =
      expect === 'only'
        ? { type: 'only', ...(parsedOnly ? { ports: parsedOnly } : {}), ...(through ? { through } : {}) }
        : { type: expect };
    const next = {
      name: name.trim(),
      from,
      to,
      ...(parsedTraffic ? { traffic: parsedTraffic } : {}),
      expect: expectation,
      enabled: intent?.enabled ?? true,
    };
    // A field left out of `next` (traffic back to all) does not survive from the old intent.
    if (intent) replaceIntent(intent.id, next);
    else addIntent(next);
    done();
  };

  return (
    <form
      className="vt-intent-editor"
      data-testid="intent.editor"
      aria-labelledby={id}
      // A message about what was typed goes as soon as the user types again.
      onChange={() => error && setError(null)}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h4 id={id}>{intent ? t('intents.edit') : t('intents.add')}</h4>
      <div className="vt-field">
        <label htmlFor={`${id}-name`}>{t('intents.field.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          placeholder={t('intents.newName')}
          onChange={(e) => setName(e.target.value)}
          data-testid="intent.editor.name"
        />
      </div>
      <SetPicker label={t('intents.field.from')} value={from} onChange={setFrom} testId="intent.editor.from" />
      <SetPicker label={t('intents.field.to')} value={to} onChange={setTo} testId="intent.editor.to" />
      <div className="vt-field">
        <label htmlFor={`${id}-traffic`}>{t('intents.field.traffic')}</label>
        <input
          id={`${id}-traffic`}
          className={`vt-mono${parsedTraffic === null ? ' vt-invalid' : ''}`}
          value={traffic}
          placeholder={t('intents.field.trafficHint')}
          aria-invalid={parsedTraffic === null}
          onChange={(e) => setTraffic(e.target.value)}
          data-testid="intent.editor.traffic"
        />
      </div>
      <div className="vt-field">
        <label htmlFor={`${id}-expect`}>{t('intents.field.expect')}</label>
        <select
          id={`${id}-expect`}
          value={expect}
          onChange={(e) => setExpect(e.target.value as ExpectType)}
          data-testid="intent.editor.expect"
        >
          {(['never', 'only', 'always'] as const).map((x) => (
            <option key={x} value={x}>
              {t(`intents.expect.${x}`)}
            </option>
          ))}
        </select>
      </div>
      {expect === 'only' && (
        <>
          <div className="vt-field">
            <label htmlFor={`${id}-only`}>{t('intents.field.onlyPorts')}</label>
            <input
              id={`${id}-only`}
              className={`vt-mono${parsedOnly === null ? ' vt-invalid' : ''}`}
              value={onlyPorts}
              placeholder={t('intents.field.onlyPortsHint')}
              aria-invalid={parsedOnly === null}
              onChange={(e) => setOnlyPorts(e.target.value)}
              data-testid="intent.editor.onlyPorts"
            />
          </div>
          <div className="vt-field">
            <label htmlFor={`${id}-through`}>{t('intents.field.through')}</label>
            <select
              id={`${id}-through`}
              value={through}
              onChange={(e) => setThrough(e.target.value as ThroughKind | '')}
              data-testid="intent.editor.through"
            >
              <option value="">{t('intents.field.throughAny')}</option>
              {THROUGH_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`intents.through.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      {error && (
        <p className="vt-field__error" role="alert" data-testid="intent.editor.error">
          {error}
        </p>
      )}
      <div className="vt-intent-editor__actions">
        <button type="submit" className="vt-btn" data-testid="intent.editor.save">
          {t('intents.save')}
        </button>
        <button type="button" className="vt-btn" onClick={done} data-testid="intent.editor.cancel">
          {t('intents.cancel')}
        </button>
      </div>
    </form>
  );
}
