import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import { t3Group } from '../../test/helpers/cell-keys';
import rule from './text-outcomes';

// The default report's T3 总计: 予以公开 22, 部分公开 5, 不予公开 2 (第三方), 无法提供 16 (不掌握), 不予处理 3 (信访),
// 其他处理 1.
const said = (...sentences: string[]) => buildReport({ sentences });

testRule(rule, {
  valid: [
    {
      name: 'a full list that agrees',
      report: said('办结的申请中，予以公开22件，部分公开5件，不予公开2件，无法提供16件，不予处理3件，其他处理1件。'),
    },
    { name: 'the sum of 予以公开 and 部分公开', report: said('依申请公开办理结果中，予以公开和部分公开27件。') },
    { name: 'a sub-row named before its group', report: said('答复申请人因保护第三方合法权益不予公开的2件。') },
    { name: 'old wording that maps right', report: said('对申请人答复：同意公开22件，信息不存在16件。') },
    { name: 'outcomes of a subset are not compared', report: said('在网上收到的20件申请中，予以公开5件。') },
    { name: 'proactive disclosure is not an outcome', report: said('经保密审查，予以公开信息120条。') },
    { name: 'no T3', report: buildReport({ t3: null, sentences: ['办结的申请中，予以公开99件。'] }) },
  ],
  invalid: [
    {
      name: '予以公开及部分公开 258 against 275 (a provincial 办公厅, 2019)',
      report: buildReport({
        t3: { granted: [250, 0, 0, 0, 0, 0], partialGrant: [25, 0, 0, 0, 0, 0] },
        sentences: ['依申请公开办理结果中，予以公开及部分公开258件。'],
      }),
      expected: [['text-outcomes', ['T3:granted:total', 'T3:partialGrant:total'], 'mismatch', 'warning']],
    },
    {
      name: 'one category off in a list',
      report: said('办结的申请中，予以公开22件，部分公开5件，不予公开4件，无法提供16件。'),
      expected: [['text-outcomes', t3Group('（三）不予公开'), 'mismatch', 'warning']],
    },
    {
      name: 'old wording off: needs review (info)',
      report: said('对申请人答复：不属于政府信息5件。'),
      expected: [['text-outcomes', t3Group('（五）不予处理'), 'needsReview', 'info']],
    },
  ],
});
