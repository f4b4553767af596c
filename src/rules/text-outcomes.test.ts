import { testRule } from '../engine/rule-tester';
import { buildReport, said } from '../../test/helpers/report-builder';
import { t3Group } from '../../test/helpers/cell-keys';
import { SHANGHAI_2019_T3, smallT3 } from '../../test/helpers/real-tables';
import rule from './text-outcomes';

// The default report's T3 总计: 予以公开 22, 部分公开 5, 不予公开 2 (第三方), 无法提供 16 (不掌握), 不予处理 3 (信访),
// 其他处理 1.

// 2019年上海市人民政府办公厅政府信息公开工作年度报告: its table (totals derived from the rows: 予以公开 272, 部分公开 3,
// 不予公开 35, 无法提供 337 of which 不掌握 265, 不予处理 158 of which 重复申请 9, 其他处理 0) and its sentence as published.
const SHANGHAI_SENTENCE =
  '予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件，占32.9%；不予处理158件，占19.6%；其他处理0件。';
const shanghai = (sentence: string) =>
  buildReport({
    year: 2019,
    t3: SHANGHAI_2019_T3,
    sentences: [
      { text: '市政府办公厅代表市政府共受理政府信息公开申请859件。', section: '一' },
      { text: sentence, section: '一' },
    ],
  });
// "N 件…全部予以公开": 4 requests, none carried over.
const allGranted = (t3: Record<string, number[]>, sentence = '本年度共收到政府信息公开申请4件，全部予以公开。') =>
  buildReport({ t3, sentences: [{ text: sentence, section: '三' }] });

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
    // The real wordings name one sub-row as an example of the group ("等原因", "等"): the group's total.
    {
      name: 'a sub-row named as an example (因本机关不掌握等原因无法提供) is the group total',
      report: shanghai(SHANGHAI_SENTENCE.replace('258', '275').replace('265', '337')),
    },
    {
      name: 'several sub-rows named with 等 (属信访、重复申请等不予处理) is the group total',
      report: shanghai('属信访、重复申请等不予处理158件。'),
    },
    { name: 'a bare 公开 joined to 部分公开 is 予以公开 + 部分公开', report: shanghai('公开及部分公开275件。') },
    {
      name: '全部予以公开 when every request was disclosed',
      report: allGranted(smallT3({ newReceived: 4, granted: 4 })),
    },
    {
      name: '全部予以公开 of new requests is not compared when others were carried over',
      report: allGranted(smallT3({ newReceived: 4, carriedOver: 1, granted: 5 })),
    },
    {
      name: '“均依照…答复办理” is no claim of disclosure',
      report: allGranted(
        smallT3({ newReceived: 4, granted: 3, 'unable.noInfo': 1 }),
        '共收到申请4件，均依照《条例》相关规定进行规范答复办理。',
      ),
    },
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
      name: 'the real Shanghai sentence: 258 is not 予以公开 + 部分公开 (275), 265 is not 无法提供 (337)',
      report: shanghai(SHANGHAI_SENTENCE),
      expected: [
        ['text-outcomes', ['T3:granted:total', 'T3:partialGrant:total'], 'mismatch', 'warning'],
        ['text-outcomes', t3Group('（四）无法提供'), 'mismatch', 'warning'],
      ],
    },
    {
      name: 'the text says all 4 were disclosed, the table has 予以公开 3',
      report: allGranted(smallT3({ newReceived: 4, granted: 3, 'unable.noInfo': 1 })),
      expected: [['text-outcomes', 'T3:granted:total', 'mismatch', 'warning']],
    },
    {
      name: '办结 4 件，均已公开 against 予以公开 3',
      report: allGranted(
        smallT3({ newReceived: 4, granted: 3, 'unable.noInfo': 1 }),
        '全年共办结政府信息公开申请4件，均已公开。',
      ),
      expected: [['text-outcomes', 'T3:granted:total', 'mismatch', 'warning']],
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
