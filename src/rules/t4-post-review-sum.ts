/** t4-post-review-sum: Table 四 行政诉讼·复议后起诉 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (rules.md B). */
import { defineRule } from '../engine/define-rule';
import meta from './meta/t4-post-review-sum';
import { t4RowMismatch } from './lib/t4';

export default defineRule(meta, {
  check(report, ctx) {
    const mismatch = t4RowMismatch(report, 'postReview');
    if (!mismatch) return;
    ctx.report({ messageId: 'mismatch', cells: mismatch.cells, data: mismatch.data });
  },
});
