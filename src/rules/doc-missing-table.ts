/**
 * doc-missing-table: section 二, 三 or 四 has its heading but no machine-readable table (error); a table shown as an
 * image or linked as a file is "not audited" (info, with the links) — never a false error (rules.md F, ux.md). An
 * error needs proof that the table is not there: a section whose text holds a table's figures (numbers standing
 * alone, "0 0 0") that could not be read into a table is "not audited" (info) as well.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/doc-missing-table';
import { TABLE_NAMES } from '../template/labels';
import { bilingual } from '../engine/messages';
import { findSection, headingSentence, TABLE_SECTION } from '../engine/report-info';
import type { TableId } from '../model';
import { wordsOf } from '../text/normalise';

export default defineRule(meta, {
  check(report, ctx) {
    for (const id of ['T2', 'T3', 'T4'] as const satisfies readonly TableId[]) {
      const table = report.tables?.[id];
      const no = TABLE_SECTION[id];
      const names = bilingual('table', TABLE_NAMES[id]);
      if (table?.status === 'image' || table?.status === 'attachment') {
        const links = table.links?.length ? table.links.join(' ') : '';
        const kind = table.status === 'image' ? { zh: '图片', en: 'an image' } : { zh: '附件', en: 'an attachment' };
        ctx.report({
          messageId: 'notAudited',
          severity: 'info',
          data: {
            ...names,
            ...bilingual('kind', kind),
            links: links || '（无链接）',
            'links@en': links || '(no link)',
          },
        });
        continue;
      }
      if (table && table.status !== 'missing') continue;
      // With the heading missing too, doc-missing-section reports the whole section instead.
      const section = findSection(report, no);
      if (!section) continue;
      const sectionData = { section: no, 'section@en': String(SECTION_NUMBER[no] ?? no) };
      if (hasFigures(section.text ?? '')) {
        ctx.report({
          messageId: 'unread',
          severity: 'info',
          sentence: headingSentence(section),
          data: { ...names, ...sectionData },
        });
        continue;
      }
      ctx.report({
        messageId: 'missing',
        sentence: headingSentence(section),
        data: { ...names, section: no, 'section@en': String(SECTION_NUMBER[no] ?? no) },
      });
    }
  },
});

const SECTION_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/**
 * Whether a section's text holds a table's figures: three or more numbers standing alone — on lines of their own,
 * or in a row separated by spaces ("0 0 0") — rather than counts in sentences ("收到申请 21 件"); or two of the
 * tables' column headers with figures (cells run together: "信息内容本年制发件数…规章000").
 */
function hasFigures(text: string): boolean {
  let figures = 0;
  for (const line of text.split('\n')) {
    const words = wordsOf(line);
    if (words.length > 0 && words.every((w) => FIGURE.test(w))) figures += words.length;
    else for (const run of line.match(FIGURE_RUN) ?? []) figures += run.trim().split(/\s+/).length;
  }
  const headers = new Set(text.replace(/\s+/g, '').match(HEADER_WORDS) ?? []);
  return figures >= 3 || (headers.size >= 2 && /\d/.test(text));
}

/** Column headers of the three tables, which prose does not use: with figures, a table run together. */
const HEADER_WORDS =
  /本年制发件数|本年废止件数|现行有效件数|处理决定数量|本年收费金额|本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|采购项目数量|申请人情况|法人或其他组织|社会公益组织|法律服务机构|结果维持|结果纠正|尚未审结|未经复议直接起诉|复议后起诉/gu;

const FIGURE = /^[\d０-９]+(?:[.．][\d０-９]+)?$/u;
const FIGURE_RUN = /(?:^|\s)[\d０-９]+(?:\s+[\d０-９]+){2,}(?=\s|$)/gu;
