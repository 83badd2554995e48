import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One column of a rule table: its header and the editor of one rule's cell. */
export interface Column<T> {
  readonly header: ReactNode;
  /** `vt-nowrap` for a cell with two inputs (a port range). */
  readonly className?: string;
  readonly cell: (rule: T, row: number, patch: (p: Partial<T>) => void) => ReactNode;
}

/**
 * The table editor of a list of records with ids (NACL rules, security group rules, routes): one row
 * a record, a remove button at the end of each row, and an add button. Every change hands the whole
 * new list to `onChange`, one undo step. Test ids: `testId` on the table, `<rowTestId>.<row>.remove`
 * on the remove buttons, `add.testId` on the add button.
 *
 * `addButton`: `below` puts the table in a sideways-scrolling wrap with the button after it (rule
 * tables); `footer` makes the table scroll itself and puts the button in its footer (routes).
 */
export function RuleTable<T extends { readonly id: string }>(props: {
  rules: readonly T[];
  columns: readonly Column<T>[];
  onChange: (rules: T[]) => void;
  testId: string;
  rowTestId: string;
  add: { readonly testId: string; readonly label: string; readonly create: () => T };
  addButton?: 'below' | 'footer';
}) {
  const { t } = useTranslation();
  const { rules, columns, onChange, rowTestId, add } = props;
  const patch = (id: string) => (p: Partial<T>) => onChange(rules.map((x) => (x.id === id ? { ...x, ...p } : x)));
  const addButton = (
    <button
      type="button"
      className="vt-btn vt-btn--small"
      data-testid={add.testId}
      onClick={() => onChange([...rules, add.create()])}
    >
      + {add.label}
    </button>
  );
  const footer = props.addButton === 'footer';
  const table = (
    <table className={footer ? 'vt-table vt-table--scroll' : 'vt-table'} data-testid={props.testId}>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i}>{c.header}</th>
          ))}
          <th />
        </tr>
      </thead>
      <tbody>
        {rules.map((r, row) => (
          <tr key={r.id}>
            {columns.map((c, i) => (
              <td key={i} className={c.className}>
                {c.cell(r, row, patch(r.id))}
              </td>
            ))}
            <td>
              <button
                type="button"
                className="vt-icon-btn"
                aria-label={t('inspector.remove')}
                data-testid={`${rowTestId}.${row}.remove`}
                onClick={() => onChange(rules.filter((x) => x.id !== r.id))}
              >
                ×
              </button>
            </td>
          </tr>
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <tr>
            <td colSpan={columns.length + 1}>{addButton}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
  return footer ? (
    table
  ) : (
    <div className="vt-table-wrap">
      {table}
      {addButton}
    </div>
  );
}
