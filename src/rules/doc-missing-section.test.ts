import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import rule from './doc-missing-section';

testRule(rule, {
  valid: [
    { name: 'six sections', report: buildReport() },
    {
      name: 'headings matched by text, not ordinal',
      report: buildReport({
        sections: [
          { no: '', heading: '1、 总体情况', text: '' },
          { no: '', heading: '二、主动公开政府信息情况', text: '' },
          { no: '', heading: '三、收到和处理政府信息公开的申请情况', text: '' },
          { no: '', heading: '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', text: '' },
          { no: '', heading: '五、存在的主要问题和改进措施', text: '' },
          { no: '', heading: '六、其他事项', text: '' },
        ],
      }),
    },
    { name: 'legacy format has other sections', report: buildReport({ year: 2015, sections: ['一'] }) },
  ],
  invalid: [
    {
      name: 'section 四 and its table missing',
      report: buildReport({ t4: null, sections: ['一', '二', '三', '五', '六'] }),
      expected: [['doc-missing-section', '', 'missing', 'error']],
    },
    {
      name: 'section 五 missing is a warning',
      report: buildReport({ sections: ['一', '二', '三', '四', '六'] }),
      expected: [['doc-missing-section', '', 'missing', 'warning']],
    },
    {
      name: 'heading not found but the table was',
      report: buildReport({ sections: ['一', '二', '四', '五', '六'] }),
      expected: [['doc-missing-section', '', 'headingOnly', 'warning']],
    },
  ],
});
