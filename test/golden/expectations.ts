/**
 * The exhaustive expected findings of every seed report and HTML fixture, worked out by hand from rules.md before
 * the engine ran (axe-core integration-test style: a finding not listed here fails the test).
 *
 * A finding is the flat tuple [rule, severity, key, other cells]: key is its first cell (`T4:review:review.total`),
 * else the first 12 characters of its sentence in “quotes”, else the table it names; the fourth element lists every
 * other cell the finding names, in its order (all of its cells when the key is a sentence), and is left out when
 * there is none. Every finding must be listed, and every listed finding must be found: a rule that stops running
 * or firing fails the suite (compare.ts).
 */
import type { FormatVersion, Severity, TableStatus } from '../../src/model';

export type Tuple = [rule: string, severity: Severity, key: string, otherCells?: string[]];

export interface Expected {
  detected: boolean;
  format?: FormatVersion;
  year?: number;
  agency?: string;
  tables?: { T2: TableStatus; T3: TableStatus; T4: TableStatus };
  findings: Tuple[];
}

const ALL_READ = { T2: 'ok', T3: 'ok', T4: 'ok' } as const;

/** Cell keys of one row: `cells('T3', 'granted', ['total'])` → ['T3:granted:total']. */
const cells = (table: string, row: string, columns: readonly string[]): string[] =>
  columns.map((c) => `${table}:${row}:${c}`);
/** Cell keys of one column over several rows. */
const column = (table: string, rows: readonly string[], col: string): string[] =>
  rows.map((r) => `${table}:${r}:${col}`);
/** The parts a T4 总计 is checked against (t4-*-sum names the 总计, then 维持, 纠正, 其他, 尚未审结). */
const t4Parts = (row: string): string[] =>
  cells(
    'T4',
    row,
    ['maintain', 'correct', 'other', 'pending'].map((c) => `${row}.${c}`),
  );
/** The six applicant columns of a T3 row (t3-row-total names the 总计, then these). */
const t3Parts = (row: string): string[] =>
  cells('T3', row, ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'other']);
const NOT_A_REPORT: Expected = { detected: false, findings: [] };

/** The four seed reports, through the plain-text path. */
export const SEEDS: Record<string, Expected> = {
  // Headings 二/三/四 with nothing under them (the tables were images in the original): doc-missing-table for each,
  // an error because nothing says what became of them. The body's "2022 年我局收到政府信息公开申请 1 条" in a 2023
  // report is meta-year-body. 统计期限 2023 and title 2023 agree, so no meta-year.
  'jinxiang-police-2023.txt': {
    detected: true,
    format: '2021',
    year: 2023,
    agency: '金乡县公安局',
    tables: { T2: 'missing', T3: 'missing', T4: 'missing' },
    findings: [
      ['doc-missing-table', 'error', '“二、行政机关主动公开政府”'],
      ['doc-missing-table', 'error', '“三、行政机关收到和处理政”'],
      ['doc-missing-table', 'error', '“四、政府信息公开工作被申”'],
      ['meta-year-body', 'warning', '“2022年我局收到政府信”'],
    ],
  },
  // 57 = 54 + 3; 25+3+1+2+1+18+1+3 = 54; 复议 维持1 = 总计1; narrative 57/54/3 and 636+580+882 = 2098 agree.
  'xinxiang-police-2023.txt': {
    detected: true,
    format: '2021',
    year: 2023,
    agency: '新乡市公安局',
    tables: ALL_READ,
    findings: [],
  },
  // 11 = 11; 1+1+9 = 11; 复议 其他结果1 = 总计1 and the text's "行政复议1次" agrees.
  'jinzhai-police-2024.txt': {
    detected: true,
    format: '2021',
    year: 2024,
    agency: '金寨县公安局',
    tables: ALL_READ,
    findings: [],
  },
  // Tables consistent (3 = 3; 5.属于三类内部事务信息 3 = 总计 3). The title names no place: meta-agency.
  'jiyuan-police-2022.txt': {
    detected: true,
    format: '2021',
    year: 2022,
    tables: ALL_READ,
    findings: [['meta-agency', 'warning', '“公安局2022年政府信息”']],
  },
};

/** The portal-style pages of test/fixtures/html (bench/make-fixtures.ts), through linkedom. */
export const PAGES: Record<string, Expected> = {
  // Word paste, rowspans, caption row, layout table, "上一篇/下一篇" links to other years' reports: all clean.
  'xinxiang-2023.html': {
    detected: true,
    format: '2021',
    year: 2023,
    agency: '新乡市公安局',
    tables: ALL_READ,
    findings: [],
  },
  // UEditor, the empty-<td> header variant of T3, a caption paragraph over T4.
  'jiyuan-2022.html': {
    detected: true,
    format: '2021',
    year: 2022,
    tables: ALL_READ,
    findings: [['meta-agency', 'warning', '“公安局2022年政府信息”']],
  },
  // GBK via <meta http-equiv>, KindEditor, <br> inside labels.
  'jinzhai-2024-gbk.html': {
    detected: true,
    format: '2021',
    year: 2024,
    agency: '金寨县公安局',
    tables: ALL_READ,
    findings: [],
  },
  // Tables as images under their headings: "not audited" notices (info), never errors; the 2022 sentence remains.
  'jinxiang-2023-images.html': {
    detected: true,
    format: '2021',
    year: 2023,
    agency: '金乡县公安局',
    tables: { T2: 'image', T3: 'image', T4: 'image' },
    findings: [
      ['meta-year-body', 'warning', '“2022年我局收到政府信”'],
      ['doc-missing-table', 'info', '表二（主动公开政府信息情况）'],
      ['doc-missing-table', 'info', '表三（收到和处理政府信息公开申请情况）'],
      ['doc-missing-table', 'info', '表四（行政复议、行政诉讼情况）'],
    ],
  },
  // 行政复议 结果维持 1, 总计 0 (rules.md "Real errors seen").
  'err-review-total-zero.html': {
    detected: true,
    format: '2021',
    year: 2022,
    tables: ALL_READ,
    findings: [
      ['t4-review-sum', 'error', 'T4:review:review.total', t4Parts('review')],
      ['meta-agency', 'warning', '“公安局2022年政府信息”'],
    ],
  },
  // The whole 总计 column of T3 blank: one warning for the 11 non-zero rows (totals derived, so no knock-on
  // t3-result-sum/t3-identity), and the 14 blanks of all-zero rows counted once as cell-blank.
  'err-blank-total.html': {
    detected: true,
    format: '2021',
    year: 2023,
    tables: ALL_READ,
    findings: [
      [
        't3-blank-total',
        'warning',
        'T3:newReceived:total',
        column(
          'T3',
          [
            'granted',
            'partialGrant',
            'denied.thirdParty',
            'denied.internalAffairs',
            'denied.processInfo',
            'unable.noInfo',
            'notProcessed.confirm',
            'other.other',
            'totalProcessed',
            'carriedForward',
          ],
          'total',
        ),
      ],
      [
        'cell-blank',
        'info',
        'T3:carriedOver:total',
        column(
          'T3',
          [
            'denied.stateSecret',
            'denied.lawForbidden',
            'denied.safetyStability',
            'denied.enforcementCase',
            'denied.adminQuery',
            'unable.needCreation',
            'unable.unclear',
            'notProcessed.complaint',
            'notProcessed.repeat',
            'notProcessed.publication',
            'notProcessed.massive',
            'other.overdueCorrection',
            'other.overdueFee',
          ],
          'total',
        ),
      ],
    ],
  },
  // 本机关不掌握相关政府信息: 自然人 9 but 总计 8. One wrong cell, one finding: the 总计 column's （七）总计 sum
  // (11 ≠ 1+1+8) is its knock-on, not a second defect.
  'err-row-total.html': {
    detected: true,
    format: '2021',
    year: 2024,
    tables: ALL_READ,
    findings: [['t3-row-total', 'error', 'T3:unable.noInfo:total', t3Parts('unable.noInfo')]],
  },
  // A 2022 report with the 2019 trial T2. The finding points into T2 (at its first value) so the UI can locate it.
  'err-old-layout-2022.html': {
    detected: true,
    year: 2022,
    agency: '济源示范区公安局',
    findings: [['t2-old-layout', 'error', '']],
  },
  // A 2020 report in the 2019 format: signed 本年增/减 ("-1", "+1") and "251000元" are that layout's normal content;
  // t2-old-layout does not apply before 2021. Nothing to report.
  'format-2019-2020.html': { detected: true, format: '2019', year: 2020, agency: '济源示范区公安局', findings: [] },
  'news.html': NOT_A_REPORT,
  'guide.html': NOT_A_REPORT,
  'listing.html': NOT_A_REPORT,
};

/**
 * The hand-written pages of test/fixtures/html-blind (not generated: markup variants make-fixtures.ts does not
 * produce), through linkedom. All but one are correct reports; their sums were checked when they were written.
 */
export const BLIND_PAGES: Record<string, Expected> = {
  // Word "save as web page": <![if !supportLists]> heading numbers, split runs, <o:p>, lang=EN-US digits. The 规章
  // row of T2 is left blank (&nbsp; ×3): counted as 0, one cell-blank notice. 5 = 2+2+1; no 复议/诉讼 and the text
  // says so.
  'word-mso-2022.html': {
    detected: true,
    format: '2021',
    year: 2022,
    agency: '泾源县市场监督管理局',
    tables: ALL_READ,
    findings: [['cell-blank', 'info', 'T2:rules:issued', cells('T2', 'rules', ['repealed', 'valid'])]],
  },
  // The platform-generated report (xxgkAnnualReport.jsp): T2 on a 5-column grid. 147+9 = 141+15; every row and
  // column adds up; 复议 5 and 诉讼 4+1 as the text says. A whole government, published 3月20日 (deadline 3月31日).
  'xxgk-jsp-2023.html': {
    detected: true,
    format: '2021',
    year: 2023,
    agency: '青原区人民政府',
    tables: ALL_READ,
    findings: [],
  },
  // Nested layout tables and a side column of links (class "list_title") to the 2023/2022/2021 reports under a box
  // heading "政府信息公开年报": neither is the title, so no meta-year and no missing agency. Headings "1、", "2、",
  // a repeated "二、", "（四）", "5．", "六）" are all found by their text. 7+1 = 7+1.
  'nested-sidenav-2024.html': {
    detected: true,
    format: '2021',
    year: 2024,
    agency: '平阴县交通运输局',
    tables: ALL_READ,
    findings: [],
  },
  // Full-width digits and separators in T2 ("１，２３４" = 1234, "12,345"), fee 12.3456 万元 (4 decimals: fine), T3
  // totals in full-width digits, "件" suffixes. The text's 1,234 / 12,345 / 306 / 12.3456 and "占38.5%" (5÷13) agree.
  'fullwidth-2023.html': {
    detected: true,
    format: '2021',
    year: 2023,
    agency: '韶山市城市管理和综合执法局',
    tables: ALL_READ,
    findings: [],
  },
  // UEditor 仿宋 spans; T3 with two label columns and a "三、本年度办理结果" row of its own (blank, not a data row);
  // T4 as two header rows without the word 行政诉讼, values in nested spans. 8 = 3+1+1+2+1; 直接起诉 维持 1.
  'ueditor-two-label-columns-2022.html': {
    detected: true,
    format: '2021',
    year: 2022,
    agency: '德江县卫生健康局',
    tables: ALL_READ,
    findings: [],
  },
  // T3 cut in two tables at a page break (read from both parts: no t3-missing-rows), header flattened to one row,
  // label drift. PLANTED: 未经复议直接起诉 维持 1 + 纠正 1 but 总计 1.
  'err-split-t3-direct-sum-2024.html': {
    detected: true,
    format: '2021',
    year: 2024,
    agency: '临泽县水务局',
    tables: ALL_READ,
    findings: [['t4-direct-sum', 'error', 'T4:direct:direct.total', t4Parts('direct')]],
  },
};

/** The README's sample: the jinxiang narrative with reconstructed tables holding 行政复议 维持1 总计0. */
export const SAMPLE: Expected = {
  detected: true,
  format: '2021',
  year: 2023,
  agency: '金乡县公安局',
  tables: ALL_READ,
  findings: [
    ['t4-review-sum', 'error', 'T4:review:review.total', t4Parts('review')],
    ['meta-year-body', 'warning', '“2022年我局收到政府信”'],
  ],
};
