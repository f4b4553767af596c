/** text-outcomes: what the rule is and says (its check: src/rules/text-outcomes.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'text-outcomes',
  severity: 'warning',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '正文所述各类办理结果件数应与表三相应行的总计一致',
    en: 'Outcome counts stated in the text must match the matching Table 3 totals',
  },
  messages: {
    mismatch: {
      zh: '正文“{{claim}}”与表格不符：{{cell}}为 {{actual}}，正文为 {{stated}}',
      en: 'The text “{{claim}}” disagrees with the table: {{cell}} is {{actual}}, the text says {{stated}}',
    },
    needsReview: {
      zh: '请人工核对：正文“{{claim}}”（{{stated}}，约数或旧口径）对应{{cell}}，表中为 {{actual}}',
      en: 'Needs review: the text “{{claim}}” ({{stated}}, approximate or old wording) corresponds to {{cell}}, which is {{actual}}',
    },
  },
});
