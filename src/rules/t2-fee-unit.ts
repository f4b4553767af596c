/**
 * t2-fee-unit (warning): 行政事业性收费 本年收费金额 is in 万元 — flag 元 written in the cell or text that is not a
 * number (rules.md C). More than 4 decimals (finer than one 元: real reports state fees to the 分, six decimals in
 * 万元) is precise, not wrong: only an info note.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/t2-fee-unit';
import { formatDecimal, parseDecimal, shiftDecimal } from '../engine/decimal';
import { normaliseText } from '../engine/report-info';
import { auditableTable } from './lib/tables';

export default defineRule(meta, {
  check(report, ctx) {
    const t2 = auditableTable(report, 'T2');
    if (!t2 || t2.table.layout === '2019') return;
    const cell = t2.cell('fees', 'amount');
    if (!cell || cell.blank || cell.kind === 'blank') return;
    const text = cell.raw;
    const number = normaliseText(text)
      .replace(/,/g, '')
      .match(/^\d+(?:\.(\d+))?/);
    if (cell.kind === 'invalid' || !number) {
      ctx.report({ messageId: 'notNumber', cells: [cell], data: { text } });
      return;
    }
    // "万元" in the cell is the column's own unit and harmless; "元" alone means the figure is in yuan.
    if (cell.unit === '元' || (!cell.unit && /(?<!万)元$/.test(normaliseText(text)))) {
      const amount = parseDecimal(number[0]);
      const converted = amount ? formatDecimal(shiftDecimal(amount, -4)) : number[0];
      ctx.report({ messageId: 'yuan', cells: [cell], data: { text, converted } });
      return;
    }
    const places = number[1]?.length ?? 0;
    if (places > 4) ctx.report({ messageId: 'decimals', severity: 'info', cells: [cell], data: { text, places } });
  },
});
