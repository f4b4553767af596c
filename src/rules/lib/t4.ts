/**
 * Table 四's row sums (总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结), shared by the three t4-*-sum rules.
 */
import type { CellValue, Report } from '../../model';
import { T4_COLUMNS } from '../../template';
import { columnName, T4_SHORT_COLUMNS } from '../../template/labels';
import { actualData, partsText } from './sums';
import { auditableTable } from './tables';

/** A T4 row whose 总计 disagrees with its parts, ready to report (first cell: the 总计). */
export interface T4Mismatch {
  cells: CellValue[];
  data: Record<string, string | number>;
}

/** Checks one T4 row group; undefined when it adds up or cannot be checked (table absent, a cell missing or invalid). */
export function t4RowMismatch(report: Report, row: string): T4Mismatch | undefined {
  const view = auditableTable(report, 'T4');
  if (!view) return undefined;
  const partKeys = T4_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);
  const total = view.cell(row, 'total');
  const parts = partKeys.map((k) => view.cell(row, k));
  if (!total || parts.some((p) => !p)) return undefined;
  const values = partKeys.map((k) => view.num(row, k));
  const actual = view.num(row, 'total');
  if (values.some((v) => v === undefined) || actual === undefined) return undefined;
  const expected = (values as number[]).reduce((s, v) => s + v, 0);
  if (expected === actual) return undefined;
  const text = partsText(
    partKeys.map((k, i) => ({ name: T4_SHORT_COLUMNS[k] ?? columnName('T4', k), value: values[i] as number })),
  );
  return {
    cells: [total, ...(parts as CellValue[])],
    data: { expected, parts: text.zh, 'parts@en': text.en, ...actualData(total, actual) },
  };
}
