/**
 * doc-too-large (info): the page exceeded one of the engine's size limits (src/extract/limits.ts) and was not
 * audited — said plainly, instead of freezing the page or judging an unread report. On such a report this notice
 * is the only rule that runs.
 */
import { defineRule, type LocalText } from '../engine/define-rule';
import meta from './meta/doc-too-large';
import { bilingual } from '../engine/messages';
import type { LimitNote } from '../model';

export default defineRule(meta, {
  check(report, ctx) {
    const note = report.limits;
    if (!note) return;
    ctx.report({
      messageId: 'tooLarge',
      data: { ...bilingual('measure', MEASURES[note.measure] ?? UNKNOWN), count: note.count, limit: note.limit },
    });
  },
});

const MEASURES: Partial<Record<LimitNote['measure'], LocalText>> = {
  text: { zh: '文字字符数', en: 'characters of text' },
  elements: { zh: '页面元素数', en: 'page elements' },
  tables: { zh: '表格数', en: 'tables' },
  rows: { zh: '表格行数', en: 'table rows' },
  cells: { zh: '单元格数', en: 'table cells' },
};

/** A note written by a newer engine (a measure this version does not know) still renders. */
const UNKNOWN: LocalText = { zh: '规模', en: 'units of size' };
