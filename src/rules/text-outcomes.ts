/**
 * text-outcomes (warning): "予以公开 a 件、部分公开 b 件、不予公开 c 件、无法提供 …、不予处理 …、其他处理 …" = the
 * matching T3 总计 rows or groups; "予以公开及部分公开 N 件" = their sum (rules.md E). Old wordings (信息不存在,
 * 不属于政府信息, 告知其他途径) are mapped to their 2021 rows as a best guess, so they, and approximate figures, only
 * give an info "needs review". "因本机关不掌握等原因无法提供 N 件" (a sub-row named as an example) is the whole group;
 * "收到申请 N 件，全部予以公开" says 予以公开 = N (when N counts every request handled: see allOfComparable).
 */
import { defineRule, type LocalText } from '../engine/define-rule';
import meta from './meta/text-outcomes';
import { shortRowName } from '../template/labels';
import { allOfComparable, claimOfReportYear, compareCount, countData, reportVerdict, t3Total } from './lib/facts';
import { reportClaims } from '../narrative/report-claims';
import { T3_GROUPS } from '../template';

export default defineRule(meta, {
  check(report, ctx) {
    for (const { sentence, claims } of reportClaims(report)) {
      for (const claim of claims) {
        if (claim.kind !== 'outcome' || !claimOfReportYear(report, claim) || !allOfComparable(report, claim)) continue;
        const fact = t3Total(report, claim.rows);
        if (!fact) continue;
        const data = countData(claim, fact.value, cellName(claim.rows));
        reportVerdict(ctx, compareCount(claim.quantity, fact), { sentence, cells: fact.cells, data }, claim.legacy);
      }
    }
  },
});

/** "表三“不予公开”总计" for a whole group, "表三“予以公开+部分公开”总计" for several rows. */
function cellName(rows: readonly string[]): LocalText {
  const names: LocalText[] = [];
  let rest = [...rows];
  for (const [group, keys] of Object.entries(T3_GROUPS)) {
    if (keys.length > 0 && keys.every((k) => rest.includes(k))) {
      const zh = group.replace(/^（[一二三四五六七八九十]+）/u, '');
      names.push({ zh, en: GROUP_EN[zh] ?? zh });
      rest = rest.filter((k) => !keys.includes(k));
    }
  }
  names.push(...rest.map((k) => shortRowName('T3', k)));
  return {
    zh: `表三“${names.map((n) => n.zh).join('+')}”总计`,
    en: `Table 3 “${names.map((n) => n.en).join(' + ')}” total`,
  };
}

const GROUP_EN: Record<string, string> = {
  不予公开: 'not disclosed',
  无法提供: 'unable to provide',
  不予处理: 'not processed',
  其他处理: 'other handling',
};
