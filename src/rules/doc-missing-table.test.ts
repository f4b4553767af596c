import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import rule from './doc-missing-table';

testRule(rule, {
  valid: [
    { name: 'all tables present', report: buildReport() },
    { name: 'no heading and no table is doc-missing-section’s', report: buildReport({ t4: null, sections: ['一', '二', '三', '五', '六'] }) },
    { name: 'a table not recognised is table-not-recognised’s', report: buildReport({ tables: { T2: { status: 'not-recognised', values: [] } } }) },
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
