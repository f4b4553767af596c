/** t3-identity: what the rule is and says (its check: src/rules/t3-identity.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 't3-identity',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '表三每一列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理',
    en: 'Table 3, every column: new + carried over = total handled + carried forward',
  },
  messages: {
    mismatch: {
      zh: '表三“{{column}}”列两边不等：本年新收 {{newReceived}} + 上年结转 {{carriedOver}} = {{left}}，办理结果总计 {{totalProcessed}} + 结转下年度 {{carriedForward}} = {{right}}，相差 {{difference}}；无法判断是哪一格有误',
      en: 'Table 3, column “{{column}}”: the two sides disagree — new {{newReceived}} + carried over {{carriedOver}} = {{left}}, total handled {{totalProcessed}} + carried forward {{carriedForward}} = {{right}}, off by {{difference}}; which cell is wrong cannot be told',
    },
  },
});
