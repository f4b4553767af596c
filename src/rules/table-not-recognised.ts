/**
 * table-not-recognised (info): a table was found where a statistical table belongs but its layout was not
 * understood, so it was not audited — said plainly instead of raising arithmetic errors (rules.md "Older formats").
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/table-not-recognised';
import { TABLE_NAMES } from '../template/labels';
import { bilingual } from '../engine/messages';
import type { TableId } from '../model';

export default defineRule(meta, {
  check(report, ctx) {
    for (const id of ['T2', 'T3', 'T4'] as const satisfies readonly TableId[]) {
      if (report.tables?.[id]?.status !== 'not-recognised') continue;
      ctx.report({ messageId: 'notRecognised', data: bilingual('table', TABLE_NAMES[id]) });
    }
  },
});
