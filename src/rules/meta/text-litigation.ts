/** text-litigation: what the rule is and says (its check: src/rules/text-litigation.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';
import { COUNT_MESSAGES } from './count-messages';

export default defineMeta({
  id: 'text-litigation',
  severity: 'warning',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '正文所述行政诉讼情况应与表四一致',
    en: 'Lawsuits as stated in the text must match Table 4',
  },
  messages: {
    ...COUNT_MESSAGES,
    zero: {
      zh: '正文称“{{claim}}”，即行政诉讼应为 0，但{{cell}}为 {{actual}}',
      en: 'The text says “{{claim}}”, i.e. no lawsuit, but {{cell}} is {{actual}}',
    },
    notAllUpheld: {
      zh: '正文称“{{claim}}”（均获维持），但表四行政诉讼并非全部维持：{{parts}}',
      en: 'The text says “{{claim}}” (all upheld), but not every lawsuit in Table 4 was upheld: {{parts}}',
    },
  },
});
