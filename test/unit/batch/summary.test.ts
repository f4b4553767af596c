import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../../src/cli/batch-progress';
import type { AuditResult, Finding } from '../../../src/model';
import { sortSummary, summaryRows, summaryToCsv, type BatchEntry, type SummaryInput } from '../../../src/portal';
import { parseCsv } from '../../helpers/csv';
import { buildSite, SITE_DIR } from '../../fixtures/portal/generate';
import { buildReport } from '../../helpers/report-builder';

const finding = (severity: Finding['severity']): Finding => ({
  rule: 'r',
  severity,
  messageId: 'm',
  message: 'm',
  data: {},
  cells: [],
});
const entry = (
  url: string,
  agency: string,
  year: number,
  severities: Array<Finding['severity']> = [],
): SummaryInput => ({
  url,
  ok: true,
  ms: 1,
  result: {
    report: buildReport({ agency, year, source: url }),
    findings: severities.map(finding),
    rulesRun: [],
    auditedAt: '',
  } as AuditResult,
});

describe('batch summary', () => {
  const inputs: SummaryInput[] = [
    entry('https://a.gov.cn/3.html', '乙县教育局', 2023, ['warning']),
    {
      ...entry('https://a.gov.cn/1.html', '甲县公安局', 2023, ['error', 'warning', 'info']),
      previous: 'https://a.gov.cn/0.html',
    },
    entry('https://a.gov.cn/0.html', '甲县公安局', 2022),
    {
      url: 'https://a.gov.cn/404.html',
      ok: false,
      kind: 'http',
      status: 404,
      retryable: false,
      error: 'HTTP 404',
      ms: 1,
    },
    {
      url: 'https://a.gov.cn/news.html',
      ok: true,
      ms: 1,
      result: {
        report: buildReport({ detected: false, agency: undefined }),
        findings: [],
        rulesRun: [],
        auditedAt: '',
      },
    },
  ];

  it('counts findings per page and says what became of each', () => {
    const rows = summaryRows(inputs);
    expect(
      rows.map((r) => [r.status, r.agency, r.year, r.errors, r.warnings, r.infos, r.published, r.previous]),
    ).toEqual([
      ['report', '乙县教育局', 2023, 0, 1, 0, '2024-01-20', null],
      ['report', '甲县公安局', 2023, 1, 1, 1, '2024-01-20', 'https://a.gov.cn/0.html'],
      ['report', '甲县公安局', 2022, 0, 0, 0, '2023-01-20', null],
      ['failed', null, null, 0, 0, 0, null, null],
      ['not-report', '示例县公安局', null, 0, 0, 0, '2024-01-20', null],
    ]);
  });

  it('sorts by any column, empty values last, ties by agency and year', () => {
    const rows = summaryRows(inputs);
    expect(sortSummary(rows, 'agency').map((r) => `${r.agency} ${r.year}`)).toEqual([
      '甲县公安局 2022',
      '甲县公安局 2023',
      '示例县公安局 null',
      '乙县教育局 2023',
      'null null',
    ]);
    expect(sortSummary(rows, 'errors', 'desc')[0]?.url).toBe('https://a.gov.cn/1.html');
    expect(sortSummary(rows, 'year', 'desc').map((r) => r.year)).toEqual([2023, 2023, 2022, null, null]);
  });

  it('writes CSV with a BOM, in either language, guarding formula-like text', () => {
    const rows = summaryRows([
      { url: '=HYPERLINK("x")', ok: false, kind: 'network', retryable: true, error: '@boom', ms: 1 } as BatchEntry,
    ]);
    const zh = summaryToCsv(rows);
    expect(zh.startsWith('\ufeff')).toBe(true);
    const [header, row] = parseCsv(zh.slice(1));
    expect(header?.[0]).toBe('机关');
    expect(row?.[7]).toBe('\'=HYPERLINK("x")');
    expect(row?.[8]).toBe('无法读取');
    expect(row?.[11]).toBe("'@boom");
    expect(parseCsv(summaryToCsv(rows, { lang: 'en', bom: false }))[0]?.slice(0, 3)).toEqual([
      'agency',
      'year',
      'format',
    ]);
  });
});

describe('batch progress', () => {
  const progress = (done: number, last?: BatchEntry) => ({
    total: 4,
    done,
    failed: 0,
    skipped: 1,
    active: 1,
    ...(last ? { last } : {}),
  });
  const result = {
    report: buildReport({ agency: '甲县公安局' }),
    findings: [finding('error')],
    rulesRun: [],
    auditedAt: '',
  };

  it('prints one plain line per page when not on a terminal', () => {
    let err = '';
    const reporter = progressReporter({ stderr: (t) => void (err += t), isTTY: false }, 'zh');
    reporter.update(progress(0));
    reporter.update(progress(1, { url: 'https://a.gov.cn/1.html', ok: true, ms: 1, result }));
    reporter.update(
      progress(2, {
        url: 'https://a.gov.cn/2.html',
        ok: false,
        kind: 'http',
        retryable: false,
        error: 'HTTP 404',
        ms: 1,
      }),
    );
    reporter.done();
    expect(err).toBe(
      '[2/4] ✓ 甲县公安局 2023  错误 1 · 警告 0  https://a.gov.cn/1.html\n[3/4] ✗ https://a.gov.cn/2.html  HTTP 404\n',
    );
  });

  it('redraws a bar within the terminal width', () => {
    let err = '';
    const reporter = progressReporter({ stderr: (t) => void (err += t), isTTY: true, columns: 40 }, 'en');
    reporter.update(progress(1, { url: 'https://a.gov.cn/1.html', ok: true, ms: 1, result }));
    reporter.note('listing read');
    reporter.done();
    const lines = err
      .split('\r\u001b[2K')
      .flatMap((l) => l.split('\n'))
      .filter(Boolean);
    expect(lines).toContain('listing read');
    const bars = lines.filter((l) => /^\[[█░]/.test(l));
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) expect(bar.length).toBeLessThanOrEqual(40);
    expect(err.endsWith('\r\u001b[2K')).toBe(true);
  });
});

describe('portal fixture site', () => {
  it('is exactly what generate.ts makes (regenerate: npx tsx test/fixtures/portal/generate.ts)', () => {
    for (const [path, bytes] of buildSite())
      expect(Buffer.from(readFileSync(join(SITE_DIR, path))).equals(Buffer.from(bytes)), path).toBe(true);
  });
});
