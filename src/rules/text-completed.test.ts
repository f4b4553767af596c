import { testRule } from '../engine/rule-tester';
import { buildReport, setCell, said } from '../../test/helpers/report-builder';
import type { Sentence } from '../model';
import { smallT3 } from '../../test/helpers/real-tables';
import rule from './text-completed';

// The default report: T3 （七）总计 49.
const inSection3 = (text: string): Sentence => ({
  text,
  section: '三',
  src: { kind: 'text', block: 7, start: 0, end: text.length },
});

testRule(rule, {
  valid: [
    { name: 'the default narrative agrees', report: buildReport() },
    {
      name: 'all new requests answered, none carried over or forward',
      report: buildReport({
        t3: smallT3({ newReceived: 4, granted: 3, 'unable.noInfo': 1 }),
        sentences: [inSection3('本年度共收到政府信息公开申请4件，均已按期答复。')],
      }),
    },
    {
      name: 'all new requests answered is not compared when others were carried over',
      report: buildReport({
        t3: smallT3({ newReceived: 4, carriedOver: 2, granted: 6 }),
        sentences: [inSection3('本年度共收到政府信息公开申请4件，均已按期答复。')],
      }),
    },
    {
      name: 'the topic carries from the sentence before',
      report: said('依申请公开方面，共收到申请50件。', '年内共办结49件。'),
    },
    { name: 'not about requests', report: said('收到政协提案2件，均已办结，办结人大建议5件。') },
    { name: 'a bare 办结 with no request context', report: said('年内共办结 54 件。') },
    {
      name: 'the text follows Σ outcomes while （七）总计 is misprinted',
      report: setCell(buildReport(), 'T3:totalProcessed:total', '48'),
    },
  ],
  invalid: [
    {
      name: 'the text says all 4 requests were answered, the table has （七）总计 3 and 1 carried forward',
      report: buildReport({
        t3: smallT3({ newReceived: 4, granted: 3 }),
        sentences: [inSection3('本年度共收到政府信息公开申请4件，均已按期答复。')],
      }),
      expected: [['text-completed', 'T3:totalProcessed:total', 'mismatch']],
    },
    {
      name: '办结 differs',
      report: buildReport({ sentences: [inSection3('全年办结54件，结转下年度继续办理3件。')] }),
      expected: [['text-completed', 'T3:totalProcessed:total', 'mismatch']],
    },
    {
      name: '答复 differs, in Chinese numerals',
      report: said('本机关收到政府信息公开申请50件，已答复四十件。'),
      expected: [['text-completed', 'T3:totalProcessed:total', 'mismatch']],
    },
    {
      name: 'approximate and far off',
      report: said('依申请公开方面，全年办结近百件。', '全年办结近100件。'),
      expected: [['text-completed', 'T3:totalProcessed:total', 'needsReview', 'info']],
    },
  ],
});
