/** t2-old-layout: what the rule is and says (its check: src/rules/t2-old-layout.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 't2-old-layout',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '2021 年及以后的年度报告仍使用 2019 年试行格式的表二',
    en: 'A report for 2021 or later still uses the 2019 trial layout of Table 2',
  },
  messages: {
    oldLayout: {
      zh: '{{year}} 年度报告的表二仍是 2019 年试行格式（{{markers}}），应按国办公开办函〔2021〕30号的格式填报',
      en: 'This {{year}} report’s Table 2 still uses the 2019 trial layout ({{markers}}); reports from 2021 on must follow 国办公开办函〔2021〕30号',
    },
  },
});
