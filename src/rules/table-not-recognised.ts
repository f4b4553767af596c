/**
 * table-not-recognised (info): a table was found where a statistical table belongs but its layout was not
 * understood, so it was not audited — said plainly instead of raising arithmetic errors (rules.md "Older formats").
 */
import { defineRule } from '../engine/define-rule';
import { TABLE_NAMES } from '../template/labels';
import { bilingual } from '../engine/messages';
import type { TableId } from '../model';

export default defineRule({
  id: 'table-not-recognised',
  severity: 'info',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '找到了表格，但未能识别其版式，未作核查',
    en: 'A table was found but its layout was not recognised, so it was not audited',
  },
  messages: {
    notRecognised: {
      zh: '{{table}}的版式未能识别，未作核查（不据此判断对错）',
      en: '{{table}}’s layout was not recognised, so it was not audited (no judgement is made on it)',
    },
  },
  check(report, ctx) {
    for (const id of ['T2', 'T3', 'T4'] as const satisfies readonly TableId[]) {
      if (report.tables?.[id]?.status !== 'not-recognised') continue;
      ctx.report({ messageId: 'notRecognised', data: bilingual('table', TABLE_NAMES[id]) });
    }
  },
});
