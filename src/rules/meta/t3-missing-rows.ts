/** t3-missing-rows: what the rule is and says (its check: src/rules/t3-missing-rows.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 't3-missing-rows',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '表三应有全国统一格式的全部 25 行、7 列',
    en: 'Table 3 must have all 25 rows and 7 columns of the national format',
  },
  messages: {
    rows: {
      zh: '表三缺少 {{count}} 行：{{rows}}（相关的合计未核查）',
      en: 'Table 3 lacks {{count}} rows: {{rows}} (the sums involving them were not checked)',
    },
    columns: {
      zh: '表三缺少 {{count}} 列：{{columns}}（相关的合计未核查）',
      en: 'Table 3 lacks {{count}} columns: {{columns}} (the sums involving them were not checked)',
    },
    otherNotSplit: {
      zh: '{{year}} 年度报告的表三仍按 2019 年试行格式只列“（六）其他处理”一行，2021 年格式要求分列 1–3 项',
      en: 'This {{year}} report’s Table 3 still has the 2019 single row “(6) other handling”; the 2021 format splits it into items 1–3',
    },
  },
});
