/** t4-review-sum: Table 四 行政复议 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (rules.md B). */
import { defineRule } from '../engine/define-rule';
import { t4RowMismatch } from './lib/t4';

export default defineRule({
  id: 't4-review-sum',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '表四行政复议：总计应等于结果维持、结果纠正、其他结果、尚未审结之和',
    en: 'Table 4, administrative review: the total must equal upheld + corrected + other + pending',
  },
  messages: {
    mismatch: {
      zh: '行政复议总计应为 {{expected}}（{{parts}}），表中为 {{actual}}',
      en: 'Administrative review total should be {{expected}} ({{parts}}); the table says {{actual}}',
    },
  },
  check(report, ctx) {
    const mismatch = t4RowMismatch(report, 'review');
    if (!mismatch) return;
    ctx.report({ messageId: 'mismatch', cells: mismatch.cells, data: mismatch.data });
  },
});
