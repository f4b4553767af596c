/**
 * doc-missing-section: one of the six sections of the national format is missing — an error for 二/三/四 (the
 * statistics), a warning otherwise (rules.md F). Headings are matched by text, not ordinal. When the section's table
 * was found anyway, only the heading is unusual, so that is a warning, not an error.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/doc-missing-section';
import { bilingual } from '../engine/messages';
import { findSection, TABLE_SECTION } from '../engine/report-info';
import { AUDITABLE_STATUSES } from './lib/tables';
import type { TableId } from '../model';
import { SECTIONS } from '../template';

export default defineRule(meta, {
  check(report, ctx) {
    for (const def of SECTIONS) {
      if (findSection(report, def.no)) continue;
      const data = { ...bilingual('section', { zh: def.no, en: String(SECTIONS.indexOf(def) + 1) }), title: def.title };
      const tableId = (Object.keys(TABLE_SECTION) as TableId[]).find((id) => TABLE_SECTION[id] === def.no);
      const table = tableId ? report.tables?.[tableId] : undefined;
      if (!tableId) {
        ctx.report({ messageId: 'missing', severity: 'warning', data });
      } else if (table && (AUDITABLE_STATUSES.has(table.status) || table.status === 'not-recognised')) {
        ctx.report({ messageId: 'headingOnly', severity: 'warning', data });
      } else {
        ctx.report({ messageId: 'missing', data });
      }
    }
  },
});
