/** text-new-requests: what the rule is and says (its check: src/rules/text-new-requests.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';
import { COUNT_MESSAGES } from './count-messages';

export default defineMeta({
  id: 'text-new-requests',
  severity: 'warning',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '正文所述收到申请数应与表三“本年新收”总计一致',
    en: 'Requests received as stated in the text must match Table 3 “new requests” total',
  },
  messages: COUNT_MESSAGES,
});
