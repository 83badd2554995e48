/**
 * The intents panel (lazy-loaded with the side pane's Intents tab): the starter intents and the
 * design's own, each with its status (holds / violated / not known / off) updated live as the
 * design changes; add, edit, turn on and off, delete (each one undo step). A violated intent lists
 * the pairs that break it; the chosen pair's witness is one packet and its hop-by-hop path.
 */
import { useTranslation } from 'react-i18next';
import type { Intent } from '../../model/index.ts';
import { useIntentResults } from '../../store/analysis.ts';
import { useDesignStore } from '../../store/designStore.ts';
import { removeIntent, setStarterIntentOn, updateIntent } from '../../store/intents.ts';
import type { IntentResult, PairResult } from '../../validation/intents/index.ts';
import { HopList } from '../HopList.tsx';
import { IntentEditor } from './IntentEditor.tsx';
import { useIntentsUi } from './intentsUi.ts';
import './intents.css';

const STATUS_TONE = { holds: 'ok', violated: 'bad', unknown: 'unknown', off: 'off' } as const;

function packetText(p: PairResult): string {
  const w = p.witness;
  if (!w) return '';
  const ported = w.packet.protocol === 'tcp' || w.packet.protocol === 'udp';
  return `${w.packet.source} → ${w.packet.destination} ${String(w.packet.protocol)}${ported ? ` ${w.packet.port}` : ''}`;
}

function Pairs({ result }: { result: IntentResult }) {
  const { t } = useTranslation();
  const open = useIntentsUi((s) => s.open);
  const list = result.status === 'violated' ? result.violations : result.unknowns;
  const total = result.status === 'violated' ? result.violationCount : result.unknownCount;
  const chosen = open?.intentId === result.intent.id ? Math.min(open.pair, Math.max(0, list.length - 1)) : 0;
  const pick = list[chosen];
  return (
    <div className="vt-intent__pairs" data-testid="intent.pairs">
      {result.missing.length > 0 && (
        <p className="vt-muted">{t('intents.missing', { missing: result.missing.join(', ') })}</p>
      )}
      {result.status === 'unknown' && list.length > 0 && <p className="vt-muted">{t('intents.notKnown')}</p>}
      <ul>
        {list.map((p, i) => (
          <li key={i}>
            <button
              type="button"
              className={`vt-intent__pair${i === chosen ? ' vt-intent__pair--on' : ''}`}
              aria-pressed={i === chosen}
              onClick={() => useIntentsUi.getState().show(result.intent.id, i)}
              data-testid="intent.pair"
            >
              {t('intents.pair', { from: p.fromLabel, to: p.toLabel, traffic: p.trafficText })}
            </button>
          </li>
        ))}
      </ul>
      {total > list.length && <p className="vt-muted">{t('intents.more', { count: total - list.length })}</p>}
      {pick?.witness && (
        <div className="vt-intent__witness" data-testid="intent.witness">
          <div className="vt-intent__packet" data-testid="intent.witness.packet">
            {t('intents.witness', { packet: packetText(pick) })}
          </div>
          <HopList answer={pick.witness.answer} />
        </div>
      )}
    </div>
  );
}

function IntentRow({ result }: { result: IntentResult }) {
  const { t } = useTranslation();
  const { intent, starter, status } = result;
  const editing = useIntentsUi((s) => s.editing === intent.id);
  const isOpen = useIntentsUi((s) => s.open?.intentId === intent.id);
  const name = starter ? t(`intents.starterName.${intent.id}`, { defaultValue: intent.name }) : intent.name;
  const canOpen = status === 'violated' || status === 'unknown';
  const toggleOn = (on: boolean) =>
    starter ? setStarterIntentOn(intent.id, on) : updateIntent(intent.id, { enabled: on });
  return (
    <li className="vt-intent" data-testid="intent" data-intent={intent.id} data-status={status}>
      <div className="vt-intent__row">
        <input
          type="checkbox"
          checked={intent.enabled}
          onChange={(e) => toggleOn(e.target.checked)}
          aria-label={`${t('intents.enabled')}: ${name}`}
          data-testid="intent.enabled"
        />
        <button
          type="button"
          className="vt-intent__name"
          disabled={!canOpen}
          aria-expanded={canOpen ? isOpen : undefined}
          onClick={() => (isOpen ? useIntentsUi.getState().close() : useIntentsUi.getState().show(intent.id))}
          data-testid="intent.name"
        >
          {name}
        </button>
        <span className={`vt-intent__status vt-intent__status--${STATUS_TONE[status]}`} data-testid="intent.status">
          {t(`intents.status.${status}`)}
        </span>
      </div>
      {status === 'violated' && (
        <div className="vt-intent__sub vt-muted">{t('intents.violations', { count: result.violationCount })}</div>
      )}
      {!starter && !editing && (
        <div className="vt-intent__actions">
          <button
            type="button"
            className="vt-btn vt-btn--small"
            onClick={() => useIntentsUi.getState().edit(intent.id)}
            data-testid="intent.edit"
          >
            {t('intents.edit')}
          </button>
          <button
            type="button"
            className="vt-btn vt-btn--small"
            onClick={() => removeIntent(intent.id)}
            data-testid="intent.delete"
          >
            {t('intents.delete')}
          </button>
        </div>
      )}
      {editing && <IntentEditor intent={intent} />}
      {isOpen && canOpen && <Pairs result={result} />}
    </li>
  );
}

export function IntentsPanel() {
  const { t } = useTranslation();
  const results = useIntentResults();
  const own: readonly Intent[] = useDesignStore((s) => s.design.intents) ?? [];
  const adding = useIntentsUi((s) => s.editing === 'new');
  const starters = results.filter((r) => r.starter);
  const mine = results.filter((r) => !r.starter);
  return (
    <section className="vt-intents" data-testid="intents" aria-label={t('intents.title')}>
      <h3 className="vt-panel-title">{t('intents.title')}</h3>
      <p className="vt-muted">{t('intents.lead')}</p>
      {results.length === 0 && <p className="vt-muted">{t('findings.checking')}</p>}
      <h4>{t('intents.starters')}</h4>
      <ul className="vt-intents__list" data-testid="intents.starters">
        {starters.map((r) => (
          <IntentRow key={r.intent.id} result={r} />
        ))}
      </ul>
      <h4>{t('intents.own')}</h4>
      {own.length === 0 && <p className="vt-muted">{t('intents.noOwn')}</p>}
      <ul className="vt-intents__list" data-testid="intents.own">
        {mine.map((r) => (
          <IntentRow key={r.intent.id} result={r} />
        ))}
      </ul>
      {adding ? (
        <IntentEditor intent={null} />
      ) : (
        <button
          type="button"
          className="vt-btn"
          onClick={() => useIntentsUi.getState().edit('new')}
          data-testid="intents.add"
        >
          + {t('intents.add')}
        </button>
      )}
    </section>
  );
}
