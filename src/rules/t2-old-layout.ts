/**
 * t2-old-layout: a report for 2021 or later still uses the 2019 trial Table 二 (本年新制作数量 / 对外公开总数量 /
 * 其他对外管理服务事项 / 第二十条第（九）项 …), superseded by 国办公开办函〔2021〕30号 (rules.md C, template §5a).
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/t2-old-layout';
import { normaliseText, reportYear } from '../engine/report-info';
import { LEGACY_MARKERS_2019 } from '../template';

export default defineRule(meta, {
  check(report, ctx) {
    const table = report.tables?.T2;
    const year = reportYear(report);
    if (!table || year === undefined || year < 2021) return;
    const text = normaliseText((table.grid ?? []).flat().join('|'));
    const markers = LEGACY_MARKERS_2019.filter((_, i) => text.includes(MARKER_FORMS[i] as string));
    if (table.layout !== '2019' && markers.length === 0) return;
    const shown =
      markers.length > 0
        ? markers
            .slice(0, 3)
            .map((m) => `“${m}”`)
            .join('、')
        : '“本年新制作数量”等';
    ctx.report({
      messageId: 'oldLayout',
      // The fault is the table's layout, not any value in it: no cell is blamed (a value here would be tagged as
      // wrong in the CSV export). Front ends locate the table itself through table.source.
      cells: [],
      data: {
        year,
        markers: shown,
        'markers@en': markers.length > 0 ? markers.slice(0, 3).join(', ') : '本年新制作数量 etc.',
      },
    });
  },
});

/** LEGACY_MARKERS_2019 in `normaliseText` form, as the table's text is matched. */
const MARKER_FORMS = LEGACY_MARKERS_2019.map(normaliseText);
