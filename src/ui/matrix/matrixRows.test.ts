import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDesignJson } from '../../io/json/read.ts';
import { matrixAnswer } from '../../store/matrixAnswer.ts';
import { cellOf, cellText, filterMatrix, matrixCsv, NO_FILTER } from './matrixRows.ts';

function threeTier() {
  const r = parseDesignJson(readFileSync('examples/three-tier-alb.json', 'utf8'));
  if (!r.ok) throw new Error('example does not parse');
  return matrixAnswer(r.design);
}

const at = (a: ReturnType<typeof threeTier>, label: string) => a.labels.indexOf(label);

describe('the matrix view’s rows', () => {
  const a = threeTier();

  it('labels the endpoints and places each workload in its subnet and VPC', () => {
    expect(a.labels).toEqual(expect.arrayContaining(['internet', 'web-alb', 'app-a', 'app-b', 'mysql']));
    const app = at(a, 'app-a');
    expect(a.places[app]).toEqual({ vpc: 'vpc-0ee3a8c4', subnet: 'subnet-0618282f' });
    expect(a.places[at(a, 'internet')]).toEqual({ vpc: null, subnet: null });
  });

  it('words a cell compactly, the exact ports that get through', () => {
    expect(cellText(cellOf(a, at(a, 'internet'), at(a, 'web-alb')))).toBe('tcp 443');
    expect(cellText(cellOf(a, at(a, 'app-a'), at(a, 'mysql')))).toBe('tcp 3306');
    expect(cellOf(a, at(a, 'internet'), at(a, 'mysql'))).toBeUndefined();
  });

  it('keeps a matching row with all its columns, and the internet under a subnet filter', () => {
    const byText = filterMatrix(a, { text: 'MYSQL', place: '' });
    expect(byText.rows.map((i) => a.labels[i])).toEqual(expect.arrayContaining(['mysql', 'app-a', 'app-b']));
    expect(byText.rows.map((i) => a.labels[i])).not.toContain('internet');
    const bySubnet = filterMatrix(a, { text: '', place: 'subnet-0618282f' });
    expect(bySubnet.rows.map((i) => a.labels[i])).toEqual(['internet', 'app-a']);
    expect(filterMatrix(a, NO_FILTER).rows).toHaveLength(a.labels.length);
  });

  it('writes the kept cells as CSV, quoting what needs it', () => {
    const all = filterMatrix(a, NO_FILTER);
    const csv = matrixCsv(a, all.rows, all.cols).split('\n');
    expect(csv[0]).toBe('source,destination,traffic');
    expect(csv).toContain('internet,web-alb,tcp 443');
    expect(csv).toContain('app-a,mysql,tcp 3306');
    const odd = { ...a, labels: a.labels.map((l) => (l === 'mysql' ? 'my "db", main' : l)) };
    expect(matrixCsv(odd, all.rows, all.cols)).toContain('app-a,"my ""db"", main",tcp 3306');
  });
});
