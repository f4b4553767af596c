import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import type { Report } from '../model';
import rule from './doc-missing-table';

/** The report with section `no`'s text replaced. */
function withSectionText(report: Report, no: string, text: string): Report {
  return { ...report, sections: (report.sections ?? []).map((s) => (s.no === no ? { ...s, text } : s)) };
}

testRule(rule, {
  valid: [
    { name: 'all tables present', report: buildReport() },
    {
      name: 'no heading and no table is doc-missing-section’s',
      report: buildReport({ t4: null, sections: ['一', '二', '三', '五', '六'] }),
    },
    {
      name: 'a table not recognised is table-not-recognised’s',
      report: buildReport({ tables: { T2: { status: 'not-recognised', values: [] } } }),
    },
    { name: 'legacy reports have no such tables', report: buildReport({ year: 2016, t2: null, t3: null, t4: null }) },
  ],
  invalid: [
    {
      // jinxiang-police-2023: headings 二/三/四 present, the tables were images in the original.
      name: 'headings without tables',
      report: buildReport({ t2: null, t3: null, t4: null }),
      expected: [
        ['doc-missing-table', '', 'missing'],
        ['doc-missing-table', '', 'missing'],
        ['doc-missing-table', '', 'missing'],
      ],
    },
    {
      // huaian-gov-2024 through pdfminer: 表二's labels, then its numbers column by column — the table is there,
      // only not read. Not audited (info), never "missing" (issue 13, class 2).
      name: 'a heading with figures that could not be read into a table is not audited, not missing',
      report: withSectionText(
        buildReport({ t2: null }),
        '二',
        '第二十条 第（一）项\n信息内容\n规章\n行政规范性文件\n1\n8\n0\n26\n11\n66',
      ),
      expected: [['doc-missing-table', '', 'unread', 'info']],
    },
    {
      name: 'figures in a row ("0 0 0") are a table’s too',
      report: withSectionText(
        buildReport({ t4: null }),
        '四',
        '行政复议 行政诉讼 结果维持 … 0 0 1 0 1 0 0 0 0 0 0 0 0 0 0',
      ),
      expected: [['doc-missing-table', '', 'unread', 'info']],
    },
    {
      // Counts in sentences are no table: the heading with prose only is still an error.
      name: 'counts in sentences are not figures of a table',
      report: withSectionText(buildReport({ t3: null }), '三', '本年收到申请 21 件，办结 20 件，结转 1 件。'),
      expected: [['doc-missing-table', '', 'missing', 'error']],
    },
    {
      name: 'status missing counts as absent',
      report: buildReport({ tables: { T3: { status: 'missing', values: [] } } }),
      expected: [['doc-missing-table', '', 'missing', 'error']],
    },
    {
      name: 'tables as an image and an attachment are not audited',
      report: buildReport({
        tables: {
          T3: { status: 'image', values: [], links: ['https://www.example.gov.cn/t3.png'] },
          T4: { status: 'attachment', values: [], links: [] },
        },
      }),
      expected: [
        ['doc-missing-table', '', 'notAudited', 'info'],
        ['doc-missing-table', '', 'notAudited', 'info'],
      ],
    },
  ],
});
