import { describe, expect, it } from 'vitest';
import { runRules } from '../engine/run-rules';
import type { Report, Sentence } from '../model';
import { buildReport } from '../../test/helpers/report-builder';
import { extractAllClaims, narrativeSentences, reportClaims, splitSentences } from './report-claims';
import { rules } from '../rules';

const subjects = (sentences: Sentence[]) =>
  extractAllClaims(sentences).map(({ claims }) => claims.map((c) => (c.kind === 'count' ? c.subject : c.kind)));

describe('extractAllClaims', () => {
  it('carries the topic of requests to the next sentence of the paragraph', () => {
    expect(
      subjects([
        { text: '（二）依申请公开情况。', section: '一' },
        { text: '2023 年，我局共接到社会公众依申请公开 57 件。', section: '一' },
        { text: '年内共办结 54 件，结转下年度继续办理 3 件。', section: '一' },
      ]),
    ).toEqual([[], ['newRequests'], ['completed', 'carriedForward']]);
  });

  it('drops the topic at a sub-heading, another topic or another section', () => {
    expect(
      subjects([
        { text: '全年共收到政府信息公开申请 57 件。', section: '一' },
        { text: '（三）政府信息管理情况', section: '一' },
        { text: '年内共办结 54 件。', section: '一' },
      ]),
    ).toEqual([['newRequests'], [], []]);
    expect(
      subjects([
        { text: '全年共收到政府信息公开申请 57 件。', section: '一' },
        { text: '主动公开方面，年内共办结 54 件。', section: '一' },
      ]),
    ).toEqual([['newRequests'], []]);
    expect(
      subjects([
        { text: '全年共收到政府信息公开申请 57 件。', section: '一' },
        { text: '年内共办结 54 件。', section: '五' },
      ]),
    ).toEqual([['newRequests'], []]);
  });
});

describe('narrativeSentences', () => {
  it('uses the extracted sentences, else the sections cut into sentences', () => {
    const withSentences = buildReport({ sentences: ['一句。'] });
    expect(narrativeSentences(withSentences).map((s) => s.text)).toEqual(['一句。']);
    const withoutSentences: Report = {
      ...buildReport(),
      sentences: [],
      sections: [
        {
          no: '三',
          heading: '三、收到和处理政府信息公开申请情况',
          text: '共收到申请5件。办结5件！',
          src: { kind: 'line', line: 9 },
        },
      ],
    };
    expect(narrativeSentences(withoutSentences)).toEqual([
      { text: '共收到申请5件。', section: '三', src: { kind: 'line', line: 9 } },
      { text: '办结5件！', section: '三', src: { kind: 'line', line: 9 } },
    ]);
  });

  it('survives a report without sentences or sections', () => {
    const bare = { ...buildReport(), sentences: undefined, sections: undefined } as unknown as Report;
    expect(narrativeSentences(bare)).toEqual([]);
    expect(reportClaims(bare)).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('cuts after 。！？ and at line breaks', () => {
    expect(splitSentences('一。二！三？\n四')).toEqual(['一。', '二！', '三？', '四']);
  });
});

describe('text findings point at their sentence', () => {
  it('carries the sentence and its src, and states expected vs. actual in both languages', () => {
    const sentence: Sentence = {
      text: '全年办结54件。',
      section: '三',
      src: { kind: 'text', block: 12, start: 3, end: 10 },
    };
    const report = buildReport({ sentences: [sentence] });
    const [zh] = runRules(report, { rules }).findings.filter((f) => f.rule === 'text-completed');
    const [en] = runRules(report, { rules, lang: 'en' }).findings.filter((f) => f.rule === 'text-completed');
    expect(zh?.sentence).toEqual(sentence);
    expect(zh?.cells.map((c) => `${c.table}:${c.row}:${c.column}`)).toEqual(['T3:totalProcessed:total']);
    expect(zh?.message).toBe('正文“全年办结54件”与表格不符：表三“（七）总计”为 49，正文为 54');
    expect(en?.message).toBe(
      'The text “全年办结54件” disagrees with the table: Table 3 “(7) total handled” is 49, the text says 54',
    );
  });
});

describe('extractAllClaims: a list of shares cut into sentences (real 平潭 2012 wording)', () => {
  const shares = (texts: string[]) =>
    extractAllClaims(texts.map((text) => ({ text, section: '二' }))).map(({ claims }) =>
      claims.flatMap((c) =>
        c.kind === 'percent' && c.role === 'share'
          ? [[c.percent.exact, c.part?.exact ?? null, c.base?.exact ?? null]]
          : [],
      ),
    );

  it('a "其中" sentence and the items after it are shares of the total the sentence before ended on', () => {
    expect(
      shares([
        '2012年主动公开政府信息1913条。',
        '其中，区直、县直各单位主动公开政府信息1397条，占73%。',
        '各乡镇主动公开政府信息534条，占27%。',
        '全年办结率100%。',
      ]),
    ).toEqual([[], [['73', '1397', '1913']], [['27', '534', '1913']], []]);
  });

  it('items cut at "；" stay under the total that scoped the first ("1913 条政府信息中，"), until a "。"', () => {
    expect(
      shares([
        '在网站公开的1913条政府信息中，机构职能信息133条，占6.95%；',
        '行政许可类信息145条，占8.05%；',
        '其他57条，占2.98%。',
        '网站访问量占60%。',
      ]),
    ).toEqual([[['6.95', '133', '1913']], [['8.05', '145', '1913']], [['2.98', '57', '1913']], [['60', null, null]]]);
  });

  it('a run of shares after the sentence stating their total is of the count most of them agree on (上海 2019 wording)', () => {
    expect(
      shares([
        '答复政府信息公开申请805件（含上年度结转申请18件），均在法定期限内予以答复。',
        '予以公开及部分公开258件，占33.9%；',
        '不予公开35件，占4.34%；',
        '无法提供265件，占32.9%；',
        '不予处理158件，占19.6%；',
        '其他处理0件。',
      ]),
    ).toEqual([
      [],
      [['33.9', '258', '805']],
      [['4.34', '35', '805']],
      [['32.9', '265', '805']],
      [['19.6', '158', '805']],
      [],
    ]);
  });

  it('no run base when fewer than two shares, or not most of them, agree with a count of the sentence before', () => {
    // Of nothing the sentence before states (the shares are of 200, never written).
    expect(shares(['共收到申请100件。', '予以公开50件，占25%；', '不予公开30件，占15%；'])).toEqual([
      [],
      [['25', '50', null]],
      [['15', '30', null]],
    ]);
    // One of three agrees with 100: no base.
    expect(
      shares(['共收到申请100件。', '予以公开50件，占50%；', '不予公开30件，占15%；', '无法提供20件，占10%。']),
    ).toEqual([[], [['50', '50', null]], [['15', '30', null]], [['10', '20', null]]]);
    // A single share after a total stays without one.
    expect(shares(['共收到申请100件。', '予以公开50件，占50%。'])).toEqual([[], [['50', '50', null]]]);
  });

  it('no carried total without 其中, across a heading, or into a sentence with a total of its own', () => {
    expect(shares(['主动公开政府信息1913条。', '区直单位公开信息1397条，占73%。'])).toEqual([
      [],
      [['73', '1397', null]],
    ]);
    expect(shares(['主动公开政府信息1913条。', '（二）主要类别', '其中，A类信息1397条，占73%。'])).toEqual([
      [],
      [],
      [['73', '1397', null]],
    ]);
    expect(shares(['主动公开政府信息1913条。', '其中，网站共发布信息100条，网站信息60条，占60%。'])).toEqual([
      [],
      [['60', '60', null]],
    ]);
  });
});
