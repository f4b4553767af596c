/**
 * t3-row-total: in each row of Table 三, 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 (rules.md A).
 * When the column's own equation is off by the same amount in exactly one applicant column, that cell is the one
 * wrong cell (T3View.pinned): the finding names it first, and the column rules stay silent (one cause, one finding).
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/t3-row-total';
import { columnName, rowName } from '../template/labels';
import { bilingual } from '../engine/messages';
import { partsText } from './lib/sums';
import { isBlank, T3_PART_COLUMNS, t3View } from './lib/tables';

export default defineRule(meta, {
  check(report, ctx) {
    const t3 = t3View(report);
    if (!t3) return;
    for (const { key } of t3.rows) {
      const total = t3.cell(key, 'total');
      // A blank 总计 is t3-blank-total's finding; its derived value equals the row sum by construction.
      if (!total || isBlank(total)) continue;
      const actual = t3.num(key, 'total');
      const expected = t3.rowSum(key);
      if (actual === undefined || expected === undefined || actual === expected) continue;
      // A wrong （七）总计 part is t3-result-sum's finding; when its column sums make this row add up, that was the
      // cause, and the attribution stage drops this finding (src/rules/attribution.ts).
      const pinnedColumn = T3_PART_COLUMNS.find((c) => t3.pinned(key, c) !== undefined);
      const pinnedCell = pinnedColumn && t3.cell(key, pinnedColumn);
      if (pinnedColumn && pinnedCell) {
        const others = T3_PART_COLUMNS.filter((c) => c !== pinnedColumn)
          .map((c) => t3.cell(key, c))
          .filter((c) => c !== undefined);
        ctx.report({
          messageId: 'partWrong',
          cells: [pinnedCell, total, ...others],
          data: {
            ...bilingual('row', rowName('T3', key)),
            ...bilingual('column', columnName('T3', pinnedColumn)),
            ...bilingual('relation', t3.resultParts.includes(key) ? RESULT_SUM : IDENTITY),
            expected: t3.pinned(key, pinnedColumn) ?? 0,
            actual: t3.num(key, pinnedColumn) ?? 0,
            total: actual,
            sum: expected,
            difference: Math.abs(actual - expected),
          },
        });
        continue;
      }
      const parts = partsText(
        T3_PART_COLUMNS.map((c) => ({ name: columnName('T3', c), value: t3.num(key, c) ?? 0 })),
        true,
      );
      const partCells = T3_PART_COLUMNS.map((c) => t3.cell(key, c)).filter((c) => c !== undefined);
      ctx.report({
        messageId: 'mismatch',
        cells: [total, ...partCells],
        data: { ...bilingual('row', rowName('T3', key)), expected, actual, parts: parts.zh, 'parts@en': parts.en },
      });
    }
  },
});

const RESULT_SUM = { zh: '办理结果总计', en: 'total handled' };
const IDENTITY = {
  zh: '勾稽关系（第一项加第二项等于第三项加第四项）',
  en: 'identity (new + carried over = handled + carried forward)',
};
