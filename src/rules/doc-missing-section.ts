/**
 * doc-missing-section: one of the six sections of the national format is missing — an error for 二/三/四 (the
 * statistics), a warning otherwise (rules.md F). Headings are matched by text, not ordinal. When the section's table
 * was found anyway, only the heading is unusual, so that is a warning, not an error.
 */
import { defineRule } from '../engine/define-rule';
import { bilingual } from '../engine/messages';
import { findSection, TABLE_SECTION } from '../engine/report-info';
import { AUDITABLE_STATUSES } from './lib/tables';
import type { TableId } from '../model';
import { SECTIONS } from '../template';

export default defineRule({
  id: 'doc-missing-section',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '年度报告应包含全国统一格式的六个部分',
    en: 'The report must have the six sections of the national format',
  },
  messages: {
    missing: {
      zh: '缺少第{{section}}部分“{{title}}”',
      en: 'Section {{section}} (“{{title}}”) is missing',
    },
    headingOnly: {
      zh: '未找到第{{section}}部分“{{title}}”的标题，但找到了该部分的统计表',
      en: 'The heading of section {{section}} (“{{title}}”) was not found, though its table was',
    },
  },
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
