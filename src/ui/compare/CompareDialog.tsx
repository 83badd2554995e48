/**
 * File › Compare…: the open design against a second design file, as access-matrix cells
 * (validation/matrix diffAccess): what the file allows that this design does not, and the reverse,
 * each with a witness (one packet and its hop-by-hop path) on click. A file that is not a design
 * says why; the open design is only read.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDesignJson } from '../../io/json/read.ts';
import { useDesignStore } from '../../store/designStore.ts';
import { diffAccess, format, isEmpty, type AccessDiffCell, type Witness } from '../../validation/matrix/index.ts';
import { Modal } from '../DesignsDialog.tsx';
import { HopList } from '../HopList.tsx';
import { packetText } from '../matrix/matrixRows.ts';
import '../matrix/matrix.css';

type Side = 'added' | 'removed';

function PairList({
  side,
  cells,
  chosen,
  onPick,
}: {
  side: Side;
  cells: readonly AccessDiffCell[];
  chosen: { side: Side; index: number } | null;
  onPick: (index: number) => void;
}) {
  const { t } = useTranslation();
  const list = cells.filter((c) => !isEmpty(c[side]));
  return (
    <div className="vt-compare__side" data-testid={`compare.${side}`}>
      <h3>{t(`compare.${side}`, { n: list.length })}</h3>
      <ul>
        {list.map((c) => {
          const index = cells.indexOf(c);
          const on = chosen?.side === side && chosen.index === index;
          return (
            <li key={index}>
              <button
                type="button"
                className={`vt-compare__pair${on ? ' vt-compare__pair--on' : ''}`}
                aria-pressed={on}
                onClick={() => onPick(index)}
                data-testid="compare.pair"
              >
                {t('compare.pair', { from: c.src.label, to: c.dst.label, traffic: format(c[side]) })}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function CompareDialog({ file, text, onClose }: { file: string; text: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const other = useMemo(() => (text === null ? null : parseDesignJson(text)), [text]);
  // A = this design, B = the file: "added" is what the file allows that this design does not.
  const diff = useMemo(() => (other?.ok ? diffAccess(design, other.design) : null), [design, other]);
  const [chosen, setChosen] = useState<{ side: Side; index: number } | null>(null);
  const cell = chosen && diff ? diff.cells[chosen.index] : undefined;
  const w: Witness | undefined = cell
    ? chosen!.side === 'added'
      ? cell.addedWitness
      : cell.removedWitness
    : undefined;
  return (
    <Modal title={t('compare.title', { file })} onClose={onClose} testId="compare" wide>
      {text === null ? (
        <p className="vt-error" data-testid="compare.error">
          {t('compare.unreadable')}
        </p>
      ) : other && !other.ok ? (
        <p className="vt-error" data-testid="compare.error">
          {t('compare.invalid', {
            reason: other.errors
              .slice(0, 2)
              .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message).replace(/\.$/, ''))
              .join('; '),
          })}
        </p>
      ) : diff ? (
        <div className="vt-compare">
          <p className="vt-muted">{t('compare.lead')}</p>
          {diff.cells.length === 0 ? (
            <p data-testid="compare.same">{t('compare.same')}</p>
          ) : (
            <div className="vt-compare__lists">
              <PairList
                side="added"
                cells={diff.cells}
                chosen={chosen}
                onPick={(index) => setChosen({ side: 'added', index })}
              />
              <PairList
                side="removed"
                cells={diff.cells}
                chosen={chosen}
                onPick={(index) => setChosen({ side: 'removed', index })}
              />
            </div>
          )}
          {diff.onlyInB.length > 0 && (
            <p className="vt-muted">{t('compare.onlyInFile', { list: diff.onlyInB.join(', ') })}</p>
          )}
          {diff.onlyInA.length > 0 && (
            <p className="vt-muted">{t('compare.onlyInDesign', { list: diff.onlyInA.join(', ') })}</p>
          )}
          {w && (
            <div className="vt-compare__witness" data-testid="compare.witness">
              <p className="vt-matrix__packet" data-testid="compare.witness.packet">
                {t('compare.packet', { packet: packetText(w) })}
              </p>
              <HopList answer={w.answer} />
            </div>
          )}
        </div>
      ) : null}
      <div className="vt-modal__actions">
        <button type="button" className="vt-btn" onClick={onClose} data-testid="compare.close">
          {t('compare.close')}
        </button>
      </div>
    </Modal>
  );
}
