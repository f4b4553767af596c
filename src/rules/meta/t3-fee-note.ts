/** t3-fee-note: what the rule is and says (its check: src/rules/t3-fee-note.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 't3-fee-note',
  severity: 'warning',
  appliesTo: ['2021'],
  description: {
    zh: '表三有“逾期未按收费通知要求缴纳费用”时，第六部分应说明信息处理费收取情况',
    en: 'When Table 3 lists requests dropped for unpaid fees, section 6 should report the information-processing fees',
  },
  messages: {
    noFeeNote: {
      zh: '表三“逾期未按收费通知要求缴纳费用”为 {{count}}，说明发出过收费通知，但{{where}}未提及信息处理费',
      en: 'Table 3 “fee not paid” is {{count}}, so fee notices were issued, but {{where}} does not mention the information-processing fee',
    },
  },
});
