/** text-completed: what the rule is and says (its check: src/rules/text-completed.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';
import { COUNT_MESSAGES } from './count-messages';

export default defineMeta({
  id: 'text-completed',
  severity: 'warning',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '正文所述办结（答复）件数应与表三“（七）总计”一致',
    en: 'Requests completed as stated in the text must match Table 3 “(7) total handled”',
  },
  messages: COUNT_MESSAGES,
});
