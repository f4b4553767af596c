/** t4-shape: what the rule is and says (its check: src/rules/t4-shape.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 't4-shape',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '表四应恰好有 15 个数值（行政复议×5、未经复议直接起诉×5、复议后起诉×5）',
    en: 'Table 4 must have exactly 15 values (review ×5, lawsuits without review ×5, lawsuits after review ×5)',
  },
  messages: {
    count: {
      zh: '表四应有 15 个数值，实际读到 {{count}} 个（缺少：{{missing}}）',
      en: 'Table 4 should have 15 values; {{count}} were read (missing: {{missing}})',
    },
    extra: {
      zh: '表四应有 15 个数值，实际读到 {{count}} 个（多出：{{extra}}）',
      en: 'Table 4 should have 15 values; {{count}} were read (extra: {{extra}})',
    },
    positional: {
      zh: '表四的表头未能识别，15 个数字按位置读取（行政复议×5、未经复议直接起诉×5、复议后起诉×5），请核对',
      en: 'Table 4 had no readable header; its 15 numbers were read by position (review ×5, lawsuits without review ×5, lawsuits after review ×5) — please check',
    },
  },
});
