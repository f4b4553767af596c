/**
 * Tables of real published reports, cell for cell as printed (blank cells as '' — for the report builder), for rule
 * tests that need a real report's figures. Each names its source.
 */
import { T3_ROWS } from '../../src/template';

/**
 * 表三 of 2019年上海市人民政府办公厅政府信息公开工作年度报告 as published (2019 trial layout, one 其他处理 row; blank
 * cells as on the page). Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
 */
export const SHANGHAI_2019_T3: Record<string, Array<number | string>> = {
  newReceived: [821, 35, '', '', 2, 1, 859],
  carriedOver: [18, '', '', '', '', '', 18],
  granted: [258, 12, '', '', 1, 1, ''],
  partialGrant: [3, '', '', '', '', '', ''],
  'denied.stateSecret': [14, '', '', '', '', '', ''],
  'denied.lawForbidden': ['', '', '', '', '', '', ''],
  'denied.safetyStability': ['', '', '', '', '', '', ''],
  'denied.thirdParty': ['', '', '', '', '', '', ''],
  'denied.internalAffairs': [5, '', '', '', '', '', ''],
  'denied.processInfo': [3, 1, '', '', '', '', ''],
  'denied.enforcementCase': ['', '', '', '', '', '', ''],
  'denied.adminQuery': [10, 2, '', '', '', '', ''],
  'unable.noInfo': [252, 12, '', '', 1, '', ''],
  'unable.needCreation': [44, 3, '', '', '', '', ''],
  'unable.unclear': [25, '', '', '', '', '', ''],
  'notProcessed.complaint': [148, 1, '', '', '', '', ''],
  'notProcessed.repeat': [5, 4, '', '', '', '', ''],
  'notProcessed.publication': ['', '', '', '', '', '', ''],
  'notProcessed.massive': ['', '', '', '', '', '', ''],
  'notProcessed.confirm': ['', '', '', '', '', '', ''],
  other: ['', '', '', '', '', '', ''],
  totalProcessed: [767, 35, '', '', 2, 1, 805],
  carriedForward: [72, '', '', '', '', '', 72],
};

/** The non-zero rows of the xinxiang 表三: every request came from 自然人. */
const XINXIANG_NATURAL_PERSON: Readonly<Record<string, number>> = {
  newReceived: 57,
  granted: 25,
  partialGrant: 3,
  'denied.thirdParty': 1,
  'denied.internalAffairs': 2,
  'denied.processInfo': 1,
  'unable.noInfo': 18,
  'notProcessed.confirm': 1,
  'other.other': 3,
  totalProcessed: 54,
  carriedForward: 3,
};

/** 表三 of 新乡市公安局2023年政府信息公开工作年度报告 (test/fixtures/seeds/xinxiang-police-2023.txt): 57 = 54 + 3. */
export const XINXIANG_T3: Record<string, number[]> = Object.fromEntries(
  T3_ROWS.map((r) => r.key).map((row) => {
    const n = XINXIANG_NATURAL_PERSON[row] ?? 0;
    return [row, [n, 0, 0, 0, 0, 0, n]];
  }),
);

/**
 * A 表三 of few requests, all from 自然人: `smallT3({ newReceived: 4, granted: 3, 'unable.noInfo': 1 })` — every row
 * not named is 0, （七）总计 is the sum of the named result rows, 四 what is left of 一 + 二.
 */
export function smallT3(rows: Readonly<Record<string, number>>): Record<string, number[]> {
  const keys = Object.keys(XINXIANG_T3);
  const results = keys.slice(keys.indexOf('carriedOver') + 1, keys.indexOf('totalProcessed'));
  const n = (row: string): number => rows[row] ?? 0;
  const handled = results.reduce((s, r) => s + n(r), 0);
  const value = (row: string): number =>
    row === 'totalProcessed'
      ? handled
      : row === 'carriedForward'
        ? n('newReceived') + n('carriedOver') - handled
        : n(row);
  return Object.fromEntries(keys.map((row) => [row, [value(row), 0, 0, 0, 0, 0, value(row)]]));
}
