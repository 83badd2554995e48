/**
 * The access matrix view (lazy-loaded; opened from the toolbar's Matrix button or Shift+M): rows
 * are sources, columns destinations (the internet and every workload), each cell the traffic that
 * gets through, exactly (validation/matrix). A text filter and a VPC/subnet filter; rows and
 * columns come a page at a time ("show more") so a large matrix never mounts every cell. A click
 * on a cell shows one concrete packet of it and its hop-by-hop path; Export CSV downloads the
 * cells shown.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesignStore } from '../../store/designStore.ts';
import { useMatrixAnswer } from '../../store/matrix.ts';
import { buildContext } from '../../validation/context.ts';
import { isEmpty, witness } from '../../validation/matrix/index.ts';
import { downloadText } from '../../io/export/download.ts';
import { exportFileName } from '../../io/export/frame.ts';
import { HopList } from '../HopList.tsx';
import { useMatrixUi } from './matrixUi.ts';
import { cellOf, cellText, filterMatrix, matrixCsv, NO_FILTER, packetText, type MatrixFilter } from './matrixRows.ts';
import './matrix.css';

/** Rows and columns mounted at first, and added by each "show more". */
export const ROW_PAGE = 40;
export const COL_PAGE = 24;

export function MatrixView() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const { answer, computing } = useMatrixAnswer(design);
  const [filter, setFilter] = useState<MatrixFilter>(NO_FILTER);
  const [rowCap, setRowCap] = useState(ROW_PAGE);
  const [colCap, setColCap] = useState(COL_PAGE);
  const [chosen, setChosen] = useState<{ src: string; dst: string } | null>(null);
  const places = useMemo(
    () => design.resources.filter((r) => r.kind === 'vpc' || r.kind === 'subnet'),
    [design.resources],
  );
  const kept = useMemo(() => (answer ? filterMatrix(answer, filter) : { rows: [], cols: [] }), [answer, filter]);
  const keyOf = (i: number) => {
    const e = answer!.data.endpoints[i]!;
    return e.kind === 'resource' ? e.id : e.kind;
  };
  const pick = useMemo(() => {
    if (!answer || !chosen) return null;
    const i = answer.data.endpoints.findIndex((_, k) => keyOf(k) === chosen.src);
    const j = answer.data.endpoints.findIndex((_, k) => keyOf(k) === chosen.dst);
    if (i < 0 || j < 0) return null;
    const cell = cellOf(answer, i, j);
    const set = cell && !isEmpty(cell.allowed) ? cell.allowed : cell?.unknown;
    const w = set ? witness(buildContext(design), answer.data.endpoints[i]!, answer.data.endpoints[j]!, set) : null;
    return { i, j, text: cellText(cell), witness: w };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answer, chosen, design]);
  const close = () => useMatrixUi.getState().setOpen(false);
  const exportCsv = () => {
    if (!answer) return;
    downloadText(matrixCsv(answer, kept.rows, kept.cols), exportFileName(`${design.name} access`, 'csv'), 'text/csv');
  };
  const rows = kept.rows.slice(0, rowCap);
  const cols = kept.cols.slice(0, colCap);
  return (
    <section
      className="vt-matrix"
      data-testid="matrix"
      aria-label={t('matrix.title')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <header className="vt-matrix__head">
        <h2 className="vt-matrix__title">{t('matrix.title')}</h2>
        <input
          type="search"
          className="vt-matrix__text"
          placeholder={t('matrix.filterText')}
          aria-label={t('matrix.filterText')}
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
          data-testid="matrix.filter"
        />
        <select
          aria-label={t('matrix.filterPlace')}
          value={filter.place}
          onChange={(e) => setFilter({ ...filter, place: e.target.value })}
          data-testid="matrix.place"
        >
          <option value="">{t('matrix.allPlaces')}</option>
          {places.map((r) => (
            <option key={r.id} value={r.id}>
              {r.kind === 'vpc' ? t('matrix.vpc', { name: r.name }) : t('matrix.subnet', { name: r.name })}
            </option>
          ))}
        </select>
        {computing && (
          <span className="vt-muted" data-testid="matrix.computing">
            {t('matrix.computing')}
          </span>
        )}
        <span className="vt-matrix__spacer" />
        <button type="button" className="vt-btn" onClick={exportCsv} disabled={!answer} data-testid="matrix.csv">
          {t('matrix.exportCsv')}
        </button>
        <button type="button" className="vt-btn" onClick={close} data-testid="matrix.close">
          {t('matrix.close')}
        </button>
      </header>
      <p className="vt-muted vt-matrix__lead">{t('matrix.lead')}</p>
      {!answer ? (
        <p className="vt-muted">{t('matrix.computing')}</p>
      ) : kept.rows.length === 0 ? (
        <p className="vt-muted" data-testid="matrix.empty">
          {t('matrix.none')}
        </p>
      ) : (
        <div className="vt-matrix__body">
          <div className="vt-matrix__scroll">
            <table className="vt-matrix__table" data-testid="matrix.table">
              <thead>
                <tr>
                  <th className="vt-matrix__corner" scope="col">
                    {t('matrix.corner')}
                  </th>
                  {cols.map((j) => (
                    <th
                      key={j}
                      scope="col"
                      className="vt-matrix__col"
                      data-testid="matrix.col"
                      title={answer.labels[j]}
                    >
                      {answer.labels[j]}
                    </th>
                  ))}
                  {kept.cols.length > cols.length && (
                    <th scope="col">
                      <button
                        type="button"
                        className="vt-btn vt-btn--small"
                        onClick={() => setColCap(colCap + COL_PAGE)}
                        data-testid="matrix.moreCols"
                      >
                        {t('matrix.moreCols', { count: kept.cols.length - cols.length })}
                      </button>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((i) => (
                  <tr key={i} data-testid="matrix.row" data-source={answer.labels[i]}>
                    <th scope="row" className="vt-matrix__row" title={answer.labels[i]}>
                      {answer.labels[i]}
                    </th>
                    {cols.map((j) => {
                      if (i === j) return <td key={j} className="vt-matrix__self" />;
                      const cell = cellOf(answer, i, j);
                      const text = cellText(cell);
                      const on = pick?.i === i && pick.j === j;
                      return (
                        <td key={j} className={cell ? 'vt-matrix__cell vt-matrix__cell--open' : 'vt-matrix__cell'}>
                          {cell ? (
                            <button
                              type="button"
                              className={`vt-matrix__hit${on ? ' vt-matrix__hit--on' : ''}${isEmpty(cell.allowed) ? ' vt-matrix__hit--unknown' : ''}`}
                              aria-pressed={on}
                              aria-label={t('matrix.cell', {
                                from: answer.labels[i],
                                to: answer.labels[j],
                                traffic: text,
                              })}
                              onClick={() => setChosen({ src: keyOf(i), dst: keyOf(j) })}
                              data-testid="matrix.cell"
                              data-source={answer.labels[i]}
                              data-destination={answer.labels[j]}
                            >
                              {text}
                            </button>
                          ) : (
                            <span aria-hidden="true">·</span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            {kept.rows.length > rows.length && (
              <button
                type="button"
                className="vt-btn vt-btn--small vt-matrix__more"
                onClick={() => setRowCap(rowCap + ROW_PAGE)}
                data-testid="matrix.moreRows"
              >
                {t('matrix.moreRows', { count: kept.rows.length - rows.length })}
              </button>
            )}
          </div>
          {pick && (
            <aside className="vt-matrix__path" data-testid="matrix.path">
              <h3>{t('matrix.pathTitle', { from: answer.labels[pick.i], to: answer.labels[pick.j] })}</h3>
              <p className="vt-matrix__traffic" data-testid="matrix.path.traffic">
                {pick.text || t('matrix.nothing')}
              </p>
              {pick.witness ? (
                <>
                  <p className="vt-matrix__packet" data-testid="matrix.path.packet">
                    {t('matrix.packet', { packet: packetText(pick.witness) })}
                  </p>
                  <HopList answer={pick.witness.answer} />
                </>
              ) : (
                <p className="vt-muted">{t('matrix.nothing')}</p>
              )}
            </aside>
          )}
        </div>
      )}
    </section>
  );
}
