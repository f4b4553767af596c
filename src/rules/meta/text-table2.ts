/** text-table2: what the rule is and says (its check: src/rules/text-table2.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';
import { COUNT_MESSAGES } from './count-messages';

export default defineMeta({
  id: 'text-table2',
  severity: 'warning',
  appliesTo: ['2021'],
  description: {
    zh: '正文引用的主动公开数据（规范性文件、行政许可、处罚、强制、收费）应与表二一致',
    en: 'Proactive-disclosure figures quoted in the text must match Table 2',
  },
  messages: COUNT_MESSAGES,
});
