import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Design, INTERNET, indexDesign } from '../model/index.ts';
import type { WhoCanReach as Answer } from '../validation/index.ts';
import { sample, type TrafficSet } from '../validation/matrix/trafficSet.ts';
import type { IpProtocol } from '../model/types.ts';
import { engineNow, loadEngine, type Engine } from '../store/engine.ts';
import { useDesignStore } from '../store/designStore.ts';

/** A flow to draw for a source: the first of its tried tcp ports, else one packet of what gets through. */
function flowTraffic(allowed: TrafficSet): { protocol: IpProtocol; port: number } {
  return sample(allowed) ?? { protocol: 'tcp', port: 443 };
}

/** "Who can reach this?": every workload and the internet that gets through to the selected one, exactly. */
export function WhoCanReach({ design, targetId }: { design: Design; targetId: string }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<{ design: Design; result: Answer } | null>(null);
  const index = indexDesign(design);
  const fresh = answer && answer.design === design ? answer.result : null;
  const name = (id: string) => (id === INTERNET ? t('kind.internet') : (index.get(id)?.name ?? id));
  return (
    <section className="vt-section" data-testid="who">
      <h3>{t('reach.whoTitle')}</h3>
      <button
        type="button"
        className="vt-btn vt-btn--small"
        data-testid="who.run"
        onClick={() => {
          const run = (e: Engine) => setAnswer({ design, result: e.whoCanReach(design, targetId) });
          const engine = engineNow();
          if (engine) run(engine);
          else void loadEngine().then(run);
        }}
      >
        {fresh ? t('reach.whoAgain') : t('reach.whoRun')}
      </button>
      {fresh && (
        <>
          <p className="vt-muted vt-small">{t('reach.whoExact')}</p>
          {fresh.sources.length === 0 ? (
            <p data-testid="who.none">{t('reach.whoNone')}</p>
          ) : (
            <ul className="vt-who" data-testid="who.list">
              {fresh.sources.map((s) => (
                <li key={s.source} data-testid="who.source" data-source={s.source}>
                  <strong>{name(s.source)}</strong>
                  <span className="vt-mono vt-muted" data-testid="who.traffic">
                    {' '}
                    {s.traffic}
                  </span>
                  <button
                    type="button"
                    className="vt-link"
                    onClick={() =>
                      useDesignStore
                        .getState()
                        .addFlow({ from: s.source, to: targetId, ...flowTraffic(s.allowed), label: '' })
                    }
                  >
                    {t('reach.drawFlow')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
