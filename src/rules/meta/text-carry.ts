/** text-carry: what the rule is and says (its check: src/rules/text-carry.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';
import { COUNT_MESSAGES } from './count-messages';

export default defineMeta({
  id: 'text-carry',
  severity: 'warning',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '正文所述上年结转、结转下年度件数应与表三一致',
    en: 'Requests carried over / carried forward as stated in the text must match Table 3',
  },
  messages: COUNT_MESSAGES,
});
