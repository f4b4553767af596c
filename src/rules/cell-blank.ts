/**
 * cell-blank (info; warning for a whole blank table): blank, "/", "—", "-", "无" cells count as 0 in the sums and are
 * reported once per table with their count (rules.md D). Blank 总计 cells of Table 三 that t3-blank-total derived
 * from their rows are not counted here: they were not taken as 0, and that rule already names them.
 */
import { defineRule } from '../engine/define-rule';
import { TABLE_NAMES } from '../template/labels';
import { bilingual } from '../engine/messages';
import { AUDITABLE_STATUSES, isBlank, t3View } from './lib/tables';
import type { TableId } from '../model';

export default defineRule({
  id: 'cell-blank',
  severity: 'info',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '空白单元格（“/”“—”“无”或未填）按 0 计算；整表空白时提醒',
    en: 'Blank cells (“/”, “—”, “无” or empty) count as 0; a wholly blank table is flagged',
  },
  messages: {
    blanks: {
      zh: '{{table}}有 {{count}} 个空白单元格（“/”“—”“无”或未填），已按 0 计算；全国统一格式要求填写 0',
      en: '{{table}} has {{count}} blank cells (“/”, “—”, “无” or empty), counted as 0; the national format asks for 0 to be written',
    },
    tableBlank: {
      zh: '{{table}}整表空白（{{count}} 个单元格均未填写），无法核查其数据',
      en: '{{table}} is entirely blank ({{count}} cells left empty); its figures cannot be audited',
    },
  },
  check(report, ctx) {
    const derived = new Set(t3View(report)?.blankTotals.map((b) => b.cell) ?? []);
    for (const id of ['T2', 'T3', 'T4'] as const satisfies readonly TableId[]) {
      const table = report.tables?.[id];
      if (!table || !AUDITABLE_STATUSES.has(table.status) || table.values.length === 0) continue;
      const blanks = table.values.filter((v) => isBlank(v) && !derived.has(v));
      if (blanks.length === 0) continue;
      const whole = blanks.length === table.values.length;
      ctx.report({
        messageId: whole ? 'tableBlank' : 'blanks',
        severity: whole ? 'warning' : 'info',
        cells: blanks,
        data: { ...bilingual('table', TABLE_NAMES[id]), count: blanks.length },
      });
    }
  },
});
