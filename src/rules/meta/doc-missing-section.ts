/** doc-missing-section: what the rule is and says (its check: src/rules/doc-missing-section.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'doc-missing-section',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '年度报告应包含全国统一格式的六个部分',
    en: 'The report must have the six sections of the national format',
  },
  messages: {
    missing: {
      zh: '缺少第{{section}}部分“{{title}}”',
      en: 'Section {{section}} (“{{title}}”) is missing',
    },
    headingOnly: {
      zh: '未找到第{{section}}部分“{{title}}”的标题，但找到了该部分的统计表',
      en: 'The heading of section {{section}} (“{{title}}”) was not found, though its table was',
    },
  },
});
