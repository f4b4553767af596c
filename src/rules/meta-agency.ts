/**
 * meta-agency (warning): the title does not name the place of the agency — "公安局 2022 年政府信息公开工作年度报告"
 * (a 示范区's police bureau) could be any of three thousand (rules.md F). Conservative: only a title whose agency is
 * a known function name (公安局, 财政局, 市场监督管理局 …) with at most a bare level (市/县/区) is flagged; national
 * bodies (国家统计局, 公安部) and anything unrecognised are left alone.
 */
import { defineRule } from '../engine/define-rule';
import { lacksPlace } from '../detect/agency';
import { collapseSpace, compact } from '../text/normalise';

export default defineRule({
  id: 'meta-agency',
  severity: 'warning',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '报告标题应写明发布机关（含地方名称）',
    en: 'The title must name the publishing agency, including its place',
  },
  messages: {
    noPlace: {
      zh: '标题“{{title}}”只写了“{{agency}}”，未写明地方名称，无法确定是哪个地方的机关',
      en: 'The title “{{title}}” only says “{{agency}}” without the place, so it is unclear which agency published it',
    },
  },
  check(report, ctx) {
    // The agency as the extraction read it from the title (detect/agency.ts), spaces dropped.
    const agency = compact(report.agency ?? '');
    if (!agency || !lacksPlace(agency)) return;
    const title = collapseSpace(report.title ?? '');
    ctx.report({ messageId: 'noPlace', sentence: { text: title }, data: { title, agency } });
  },
});
