/** text-percent: what the rule is and says (its check: src/rules/text-percent.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'text-percent',
  severity: 'warning',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '正文中的百分比应能由所述数字算出，且占比不超过 100%、降幅不超过 100%',
    en: 'Percentages in the text must follow from the stated figures; shares and decreases cannot exceed 100 %',
  },
  messages: {
    shareOutOfRange: {
      zh: '占比 {{stated}}% 不可能（占比只能在 0–100% 之间）：“{{claim}}”',
      en: 'A share of {{stated}}% is impossible (shares lie between 0 and 100 %): “{{claim}}”',
    },
    rateOutOfRange: {
      zh: '{{metric}} {{stated}}% 不可能（不能超过 100%）：“{{claim}}”',
      en: '{{metric}} of {{stated}}% is impossible (it cannot exceed 100 %): “{{claim}}”',
    },
    decreaseOver100: {
      zh: '下降 {{stated}}% 不可能（降幅不能超过 100%）：“{{claim}}”',
      en: 'A decrease of {{stated}}% is impossible (a decrease cannot exceed 100 %): “{{claim}}”',
    },
    shareMismatch: {
      zh: '按正文数字 {{part}}÷{{base}} 计算，占比应为 {{computed}}%，正文为 {{stated}}%：“{{claim}}”',
      en: 'From the stated figures {{part}} ÷ {{base}} the share is {{computed}}%; the text says {{stated}}%: “{{claim}}”',
    },
    changeMismatch: {
      zh: '按正文数字（上年 {{previous}}，本年 {{current}}）计算应为{{computed}}，正文为{{stated}}：“{{claim}}”',
      en: 'From the stated figures (last year {{previous}}, this year {{current}}) the change is {{computed}}; the text says {{stated}}: “{{claim}}”',
    },
  },
  options: {
    /** Percentage points a stated share or change may differ from the one computed (before the rounding allowance). */
    tolerance: 0.1,
  },
});
