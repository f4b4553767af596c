/** cell-not-number: what the rule is and says (its check: src/rules/cell-not-number.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'cell-not-number',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '件数单元格应为非负整数',
    en: 'Count cells must hold non-negative whole numbers',
  },
  messages: {
    sameText: {
      zh: '{{table}}有 {{count}} 个件数单元格为“{{text}}”，应为非负整数（未参与核算；如“{{row}}”的“{{column}}”）',
      en: '{{table}} has {{count}} count cells reading “{{text}}”, which should be non-negative whole numbers (left out of the sums; e.g. “{{row}}” / “{{column}}”)',
    },
    notInteger: {
      zh: '{{table}}“{{row}}”的“{{column}}”应为非负整数，表中为“{{text}}”（未参与核算）',
      en: '{{table}}, “{{row}}” / “{{column}}” should be a non-negative whole number; the table says “{{text}}” (left out of the sums)',
    },
  },
});
