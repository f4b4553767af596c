/** text-review: what the rule is and says (its check: src/rules/text-review.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';
import { COUNT_MESSAGES } from './count-messages';

export default defineMeta({
  id: 'text-review',
  severity: 'warning',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '正文所述行政复议情况应与表四一致',
    en: 'Administrative reviews as stated in the text must match Table 4',
  },
  messages: {
    ...COUNT_MESSAGES,
    zero: {
      zh: '正文称“{{claim}}”，即行政复议应为 0，但{{cell}}为 {{actual}}',
      en: 'The text says “{{claim}}”, i.e. no administrative review, but {{cell}} is {{actual}}',
    },
    notAllUpheld: {
      zh: '正文称“{{claim}}”（均获维持），但表四行政复议并非全部维持：{{parts}}',
      en: 'The text says “{{claim}}” (all upheld), but not every review in Table 4 was upheld: {{parts}}',
    },
  },
});
