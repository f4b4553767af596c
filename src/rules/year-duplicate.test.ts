import { describe, expect, it } from 'vitest';
import { buildReport, mapCells } from '../../test/helpers/report-builder';
import { testRule } from '../engine/rule-tester';
import rule, { textSimilarity } from './year-duplicate';

// Copied tables: every non-zero cell of the default report but 现行有效 (a stock that stays the same), table order.
const COPIED = [
  'T2:normative:issued',
  'T2:normative:repealed',
  'T2:license:decisions',
  'T2:penalty:decisions',
  'T2:coercion:decisions',
  ...[
    'newReceived:naturalPerson',
    'newReceived:commercial',
    'newReceived:legal',
    'newReceived:other',
    'newReceived:total',
    'carriedOver:naturalPerson',
    'carriedOver:total',
    'granted:naturalPerson',
    'granted:commercial',
    'granted:legal',
    'granted:total',
    'partialGrant:naturalPerson',
    'partialGrant:total',
    'denied.thirdParty:naturalPerson',
    'denied.thirdParty:total',
    'unable.noInfo:naturalPerson',
    'unable.noInfo:commercial',
    'unable.noInfo:other',
    'unable.noInfo:total',
    'notProcessed.complaint:naturalPerson',
    'notProcessed.complaint:total',
    'other.overdueCorrection:naturalPerson',
    'other.overdueCorrection:total',
    'totalProcessed:naturalPerson',
    'totalProcessed:commercial',
    'totalProcessed:legal',
    'totalProcessed:other',
    'totalProcessed:total',
    'carriedForward:naturalPerson',
    'carriedForward:total',
  ].map((k) => `T3:${k}`),
  'T4:review:review.maintain',
  'T4:review:review.total',
  'T4:direct:direct.pending',
  'T4:direct:direct.total',
];

const NARRATIVE = (year: number) => [
  `${year}年，本机关深入贯彻落实《中华人民共和国政府信息公开条例》，围绕全县中心工作，坚持以公开为常态、不公开为例外，持续深化政务公开。`,
  '一是加强主动公开，通过门户网站、政务新媒体及时发布机构职能、政策文件、财政预决算、重点领域信息，回应群众关切。',
  '二是规范依申请公开，严格落实登记、审核、办理、答复、归档全流程管理，确保依法按时答复。',
  '三是强化政府信息管理，对现行有效的规范性文件开展集中清理，做好文件合法性审查和公开属性认定工作。',
  '四是加强平台建设，优化政府网站信息公开专栏设置，完善栏目内容保障机制，提升平台的集约化水平。',
  '五是强化监督保障，将政务公开纳入年度绩效考核，组织开展业务培训，压实工作责任，未发生责任追究情况。',
];
const REWRITTEN = [
  '过去一年，我局把政务公开作为建设法治政府的重要抓手，健全工作机制，明确分管领导和专职人员，推动公开工作常态化。',
  '在主动公开方面，重点围绕教育招生、学校收费、资助政策等社会关注事项，分类建立信息发布清单，按季度更新。',
  '在依申请公开方面，完善受理流程，建立申请台账和答复文书模板，对疑难申请组织法律顾问会商研判。',
  '在信息管理方面，建立发文前公开属性审查制度，同步开展历史文件梳理，对失效文件作出标注。',
  '在平台建设方面，完成网站集约化迁移，新媒体账号实行统一备案管理，开设政策解读专栏。',
  '在监督保障方面，邀请家长代表、人大代表参与评议，对评议中提出的意见建议逐项整改并公开结果。',
];
/** The narrative with figures in it, as most reports have. */
const FIGURES = (year: number, [published, documents, trainings]: number[]) => [
  ...NARRATIVE(year).slice(0, 2),
  `全年通过门户网站主动公开政府信息${published}条，发布政策解读${documents}篇，组织业务培训${trainings}次。`,
  ...NARRATIVE(year).slice(2),
];
/** Last year's report with every 自然人 and 总计 figure of T3 changed: its tables share well under 85 %. */
const otherTables = (opts: Parameters<typeof buildReport>[0] = {}) =>
  mapCells(buildReport({ year: 2022, ...opts }), 'T3', (c) =>
    (c.column === 'naturalPerson' || c.column === 'total') && (c.value ?? 0) > 0
      ? String((c.value ?? 0) + 1)
      : undefined,
  );
const TINY = { newReceived: [1, 0, 0, 0, 0, 0], granted: [1, 0, 0, 0, 0, 0], totalProcessed: [1, 0, 0, 0, 0, 0] };
const ZERO_ROWS = {
  carriedOver: [0, 0, 0, 0, 0, 0],
  partialGrant: [0, 0, 0, 0, 0, 0],
  'denied.thirdParty': [0, 0, 0, 0, 0, 0],
  'unable.noInfo': [0, 0, 0, 0, 0, 0],
  'notProcessed.complaint': [0, 0, 0, 0, 0, 0],
  'other.overdueCorrection': [0, 0, 0, 0, 0, 0],
  carriedForward: [0, 0, 0, 0, 0, 0],
};
const tiny = (year: number) => buildReport({ year, t3: { ...ZERO_ROWS, ...TINY }, t4: 'zero', t2: 'zero' });

testRule(rule, {
  valid: [
    {
      name: 'rewritten text, other figures',
      report: buildReport({ sentences: REWRITTEN }),
      previous: otherTables({ sentences: NARRATIVE(2022) }),
    },
    { name: 'no previous report known', report: buildReport({ sentences: NARRATIVE(2023) }) },
    { name: 'a short text is no evidence', report: buildReport(), previous: otherTables() },
    {
      name: 'half the paragraphs kept',
      report: buildReport({ sentences: [...NARRATIVE(2023).slice(0, 3), ...REWRITTEN.slice(3)] }),
      previous: otherTables({ sentences: NARRATIVE(2022) }),
    },
    { name: 'a small office with the same single request every year', report: tiny(2023), previous: tiny(2022) },
    {
      name: 'documents in force unchanged is normal',
      report: buildReport({ t2: { normative: [0, 0, 15] }, sentences: REWRITTEN }),
      previous: otherTables({ t2: { normative: [3, 0, 15] }, sentences: NARRATIVE(2022) }),
    },
  ],
  invalid: [
    {
      name: 'the same text with the years changed',
      report: buildReport({ sentences: NARRATIVE(2023) }),
      previous: otherTables({ sentences: NARRATIVE(2022) }),
      expected: [['year-duplicate', '', 'text', 'warning']],
    },
    {
      name: 'a copied text with new figures',
      report: buildReport({ sentences: FIGURES(2023, [1502, 36, 12]) }),
      previous: otherTables({ sentences: FIGURES(2022, [1234, 28, 9]) }),
      expected: [['year-duplicate', '', 'text']],
    },
    {
      name: 'the tables copied',
      report: buildReport({ sentences: REWRITTEN }),
      previous: buildReport({ year: 2022, sentences: NARRATIVE(2022) }),
      expected: [['year-duplicate', COPIED, 'tables']],
    },
    {
      name: 'both',
      report: buildReport({ sentences: NARRATIVE(2023) }),
      previous: buildReport({ year: 2022, sentences: NARRATIVE(2022) }),
      expected: [
        ['year-duplicate', '', 'text'],
        ['year-duplicate', COPIED, 'tables'],
      ],
    },
  ],
});

describe('textSimilarity', () => {
  it('is 1 for a copy with new years, low for a rewrite, undefined for short texts', () => {
    const a = buildReport({ sentences: NARRATIVE(2023) });
    expect(textSimilarity(a, buildReport({ year: 2022, sentences: NARRATIVE(2022) }))).toBe(1);
    expect(textSimilarity(a, buildReport({ sentences: REWRITTEN }))).toBeLessThan(0.2);
    expect(textSimilarity(a, buildReport())).toBeUndefined();
  });
});
