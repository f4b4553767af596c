/**
 * meta-agency (warning): the title does not name the place of the agency — "公安局 2022 年政府信息公开工作年度报告"
 * (a 示范区's police bureau) could be any of three thousand (rules.md F). Conservative: only a title whose agency is
 * a known function name (公安局, 财政局, 市场监督管理局 …) with at most a bare level (市/县/区) is flagged; national
 * bodies (国家统计局, 公安部) and anything unrecognised are left alone.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/meta-agency';
import { lacksPlace } from '../detect/agency';
import { collapseSpace, compact } from '../text/normalise';

export default defineRule(meta, {
  check(report, ctx) {
    // The agency as the extraction read it from the title (detect/agency.ts), spaces dropped.
    const agency = compact(report.agency ?? '');
    if (!agency || !lacksPlace(agency)) return;
    const title = collapseSpace(report.title ?? '');
    ctx.report({ messageId: 'noPlace', sentence: { text: title }, data: { title, agency } });
  },
});
