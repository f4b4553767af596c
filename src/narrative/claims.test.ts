import { describe, expect, it } from 'vitest';
import type { Sentence } from '../model';
import { extractClaims } from './claims';
import type { Claim, ClaimContext } from './types';

/** Claims as flat tuples, so a failure says exactly what changed. */
function read(text: string, section = '一', context: ClaimContext = {}): unknown[] {
  const sentence: Sentence = { text, section };
  return extractClaims(sentence, context).map(flat);
}

function flat(c: Claim): unknown[] {
  switch (c.kind) {
    case 'count':
      return [
        'count',
        c.subject,
        c.quantity.exact,
        ...(c.quantity.approximate ? ['approx'] : []),
        ...(c.docType ? [c.docType] : []),
        ...(c.includesCarried ? ['+carried'] : []),
      ];
    case 'outcome':
      return ['outcome', c.rows.join('+'), c.quantity.exact, ...(c.legacy ? ['legacy'] : [])];
    case 'zero':
      return ['zero', c.subject];
    case 'percent':
      return ['percent', c.role, c.percent.exact, c.part?.exact ?? null, c.base?.exact ?? null];
    case 'change':
      return [
        'change',
        c.direction,
        c.amount.exact + c.amount.unit,
        c.previous?.exact ?? null,
        c.current?.exact ?? null,
      ];
    case 'subtotal':
      return ['subtotal', c.total.exact, c.parts.map((p) => p.exact).join('+'), c.exhaustive];
    case 'allMaintained':
      return ['allMaintained', c.subject];
  }
}

describe('extractClaims: counts', () => {
  it('reads the seeds’ request sentences', () => {
    expect(read('2023 年，我局共接到社会公众依申请公开 57 件，均依照《条例》相关规定进行规范答复办理。')).toEqual([
      ['count', 'newRequests', '57'],
    ]);
    expect(
      read('年内共办结 54 件，结转下年度继续办理 3 件，无超期答复情况。', '一', { topic: 'applications' }),
    ).toEqual([
      ['count', 'completed', '54'],
      ['count', 'carriedForward', '3'],
    ]);
    expect(read('全年共收到政府信息公开申请11件，均为线上申请，发生行政复议1次。')).toEqual([
      ['count', 'newRequests', '11'],
      ['count', 'review', '1'],
    ]);
  });

  it('reads the usual wordings of requests received, completed and carried', () => {
    expect(read('本年度新收政府信息公开申请36件，上年结转2件，办结35件，结转下一年度继续办理3件。')).toEqual([
      ['count', 'newRequests', '36'],
      ['count', 'carriedOver', '2'],
      ['count', 'completed', '35'],
      ['count', 'carriedForward', '3'],
    ]);
    expect(read('共受理政府信息公开申请共计一百二十件，已全部按期答复。')).toEqual([['count', 'newRequests', '120']]);
    expect(read('受理依申请公开60件（含上年结转3件）。')).toEqual([
      ['count', 'newRequests', '60', '+carried'],
      ['count', 'carriedOver', '3'],
    ]);
  });

  it('reads 结转至<next year> as 结转下年度 only when the report year is known', () => {
    expect(read('申请人提交的申请中，结转至2024年继续办理2件。', '三', { reportYear: 2023 })).toEqual([
      ['count', 'carriedForward', '2'],
    ]);
    expect(read('申请人提交的申请中，结转至2024年继续办理2件。', '三')).toEqual([]);
  });

  it('needs the paragraph to be about requests before reading 办结 or 答复', () => {
    expect(read('年内共办结 54 件。')).toEqual([]);
    expect(read('收到政协提案 2 件，均已在规定期限内做出答复，办结人大建议 5 件。')).toEqual([]);
    expect(read('收到申请后，依法答复 3 次。', '三')).toEqual([]);
  });

  it('does not take parts, channels, last year or changes for the year’s figure', () => {
    expect(read('共收到申请30件，其中通过网络收到申请20件。', '三')).toEqual([
      ['count', 'newRequests', '30'],
      ['subtotal', '30', '20', false],
    ]);
    expect(read('通过在线平台收到申请20件，当面收到申请10件。', '三')).toEqual([]);
    expect(read('收到企业申请2件。', '三')).toEqual([]);
    expect(read('上年收到申请40件。', '三')).toEqual([]);
    expect(read('收到申请较上年增加5件。', '三')).toEqual([['change', 'increase', '5件', null, null]]);
  });

  it('reads review and litigation counts, including 各 and the kinds of lawsuit', () => {
    expect(read('因政府信息公开被申请行政复议2件，被提起行政诉讼1件。')).toEqual([
      ['count', 'review', '2'],
      ['count', 'litigation', '1'],
    ]);
    expect(read('政府信息公开行政复议、行政诉讼各1件。')).toEqual([
      ['count', 'review', '1'],
      ['count', 'litigation', '1'],
    ]);
    expect(read('本年度未经复议直接起诉的行政诉讼2件，复议后起诉1件。', '四')).toEqual([
      ['count', 'litigationDirect', '2'],
      ['count', 'litigationPostReview', '1'],
    ]);
    // Summed subjects and results are not totals.
    expect(read('政府信息公开行政复议和行政诉讼3件。')).toEqual([]);
    expect(read('政府信息公开行政复议被纠错0件。')).toEqual([]);
  });

  it('leaves the agency’s other review cases alone', () => {
    expect(read('全年办理行政复议案件35起，依法保障当事人权益。')).toEqual([]);
  });

  it('reads T2 figures only where they are plainly the table’s', () => {
    expect(read('本年度制发规范性文件2件，废止1件，现行有效规范性文件15件。')).toEqual([
      ['count', 'docsIssued', '2', 'normative'],
      ['count', 'docsRepealed', '1', 'normative'],
      ['count', 'docsValid', '15', 'normative'],
    ]);
    expect(read('全年作出行政许可决定641件、行政处罚决定1578件。')).toEqual([
      ['count', 'license', '641'],
      ['count', 'penalty', '1578'],
    ]);
    expect(read('全年查处行政处罚案件2000起。')).toEqual([]);
    expect(read('行政事业性收费9486.7475万元。')).toEqual([['count', 'fees', '9486.7475']]);
    expect(read('共发布各类信息 2098 条。')).toEqual([]);
  });

  it('marks figures the sentence puts under a year', () => {
    const [claim] = extractClaims({ text: '2022 年我局收到政府信息公开申请 1 条，已按要求答复。' });
    expect(claim).toMatchObject({ kind: 'count', subject: 'newRequests', year: 2022 });
    const [dated] = extractClaims({ text: '2023年1月1日至12月31日，共收到申请5件。' });
    expect(dated?.year).toBeUndefined();
  });

  it('keeps approximate figures approximate', () => {
    expect(read('全年收到政府信息公开申请50余件。')).toEqual([['count', 'newRequests', '50', 'approx']]);
  });
});

describe('extractClaims: outcomes', () => {
  it('reads an outcome list', () => {
    expect(read('其中予以公开25件、部分公开3件、不予公开4件、无法提供18件、不予处理1件、其他处理3件。', '三')).toEqual([
      ['outcome', 'granted', '25'],
      ['outcome', 'partialGrant', '3'],
      [
        'outcome',
        'denied.stateSecret+denied.lawForbidden+denied.safetyStability+denied.thirdParty+denied.internalAffairs+denied.processInfo+denied.enforcementCase+denied.adminQuery',
        '4',
      ],
      ['outcome', 'unable.noInfo+unable.needCreation+unable.unclear', '18'],
      [
        'outcome',
        'notProcessed.complaint+notProcessed.repeat+notProcessed.publication+notProcessed.massive+notProcessed.confirm',
        '1',
      ],
      ['outcome', 'other.overdueCorrection+other.overdueFee+other.other', '3'],
    ]);
  });

  it('sums coordinated outcomes and prefers the sub-row named in the clause', () => {
    expect(read('申请办理结果中，予以公开及部分公开258件。')).toEqual([['outcome', 'granted+partialGrant', '258']]);
    expect(read('答复申请人属于国家秘密不予公开的1件。')).toEqual([['outcome', 'denied.stateSecret', '1']]);
  });

  it('maps old wordings as best guesses', () => {
    expect(read('答复申请人：同意公开10件，信息不存在5件，不属于政府信息2件。')).toEqual([
      ['outcome', 'granted', '10'],
      ['outcome', 'unable.noInfo', '5', 'legacy'],
      [
        'outcome',
        'notProcessed.complaint+notProcessed.repeat+notProcessed.publication+notProcessed.massive+notProcessed.confirm',
        '2',
        'legacy',
      ],
    ]);
  });

  it('reads no outcomes outside requests, or of a subset', () => {
    expect(read('经保密审查，予以公开信息120条。')).toEqual([]);
    expect(read('在网上收到的20件申请中，予以公开5件。', '三')).toEqual([]);
  });
});

describe('extractClaims: zero claims and 均获维持', () => {
  it('reads denials of reviews and lawsuits', () => {
    expect(read('本年度未发生因政府信息公开引起的行政复议、行政诉讼。')).toEqual([
      ['zero', 'review'],
      ['zero', 'litigation'],
    ]);
    expect(read('没有发生政府信息公开行政复议，被提起行政诉讼1件。')).toEqual([
      ['zero', 'review'],
      ['count', 'litigation', '1'],
    ]);
    expect(read('不存在有关政府信息公开行政复议和行政诉讼情况。')).toEqual([
      ['zero', 'review'],
      ['zero', 'litigation'],
    ]);
    expect(read('全年无政府信息公开行政复议案件。')).toEqual([['zero', 'review']]);
  });

  it('does not read denials of outcomes, or other negations', () => {
    expect(read('未发生被上级法制部门和人民法院纠错的情形。')).toEqual([]);
    expect(read('未发生政府信息公开行政复议被纠错的情况。')).toEqual([]);
    expect(read('无法提供的申请均告知申请人可申请行政复议。')).toEqual([]);
    expect(read('全年办理行政复议案件，未发生败诉。')).toEqual([]);
  });

  it('reads fee denials', () => {
    expect(read('本年度未向申请人收取任何费用。')).toEqual([['zero', 'infoFee']]);
    expect(read('本年度没有产生信息公开处理费。')).toEqual([['zero', 'infoFee']]);
  });

  it('reads 均获维持 with the cases it closes', () => {
    expect(read('因政府信息公开被提起行政诉讼3件，均获维持。')).toEqual([
      ['count', 'litigation', '3'],
      ['allMaintained', 'litigation'],
    ]);
    expect(read('信息公开行政复议1件、行政诉讼2件，均维持。')).toEqual([
      ['count', 'review', '1'],
      ['count', 'litigation', '2'],
      ['allMaintained', 'any'],
    ]);
    expect(read('政务公开满意度均维持在较高水平。')).toEqual([]);
  });
});

describe('extractClaims: percentages, changes, subtotals', () => {
  it('reads a share with its part and the total of its list', () => {
    expect(read('共收到申请57件，其中自然人申请55件，占96.5%。', '三')).toEqual([
      ['count', 'newRequests', '57'],
      ['subtotal', '57', '55', false],
      ['percent', 'share', '96.5', '55', '57'],
    ]);
    expect(read('予以公开25件，占收到申请总数57件的43.9%。', '三')).toEqual([
      ['outcome', 'granted', '25'],
      ['percent', 'share', '43.9', '25', '57'],
      ['count', 'newRequests', '57'],
    ]);
  });

  it('reads rates and changes', () => {
    expect(read('办结率 100%，满意度 100%。')).toEqual([
      ['percent', 'rate', '100', null, null],
      ['percent', 'rate', '100', null, null],
    ]);
    expect(read('申请数量较去年下降300%。')).toEqual([['change', 'decrease', '300%', null, null]]);
    expect(read('收到申请57件，较上年的40件增长42.5%。', '三')).toEqual([
      ['count', 'newRequests', '57'],
      ['change', 'increase', '42.5%', '40', '57'],
    ]);
    expect(read('同比增长12个百分点。')).toEqual([['change', 'increase', '12个百分点', null, null]]);
  });

  it('reads 其中 lists, stopping at nested lists and other units', () => {
    expect(read('全年共发布信息 2098 条，其中网站 636 条、微博 580 条、微信 882 条。')).toEqual([
      ['subtotal', '2098', '636+580+882', false],
    ]);
    expect(read('共发布信息100条，其中政策文件60条（含解读10条），其余40条。')).toEqual([
      ['subtotal', '100', '60+40', true],
    ]);
    expect(read('共发布信息100条，其中网站60条，回应关切5次。')).toEqual([['subtotal', '100', '60', false]]);
    expect(read('共发布信息100条。其中网站60条。')).toEqual([]);
  });

  it('reads a list that 其中 opens in brackets, up to the bracket that closes it (real 平潭 2019/2020 wording)', () => {
    expect(
      read(
        '共公布政府信息2602条(其中机构职能类信息82条，规划计划类信息21条，其他应主动公开政府信息1053条)，主要通过网站公开。',
      ),
    ).toEqual([['subtotal', '2602', '82+21+1053', true]]);
    expect(read('共公布政府信息2599条，（其中政策类信息68条（含解读9条），其他类信息856条）另回应关切12条。')).toEqual([
      ['subtotal', '2599', '68+856', true],
    ]);
    // A bracket after the list's first part is a remark on that part, not the list.
    expect(read('共发布信息100条，其中政策文件60条（网站50条）。')).toEqual([['subtotal', '100', '60', false]]);
  });
});

describe('extractClaims: bad input', () => {
  it('gives no claim for empty or malformed sentences', () => {
    expect(extractClaims({ text: '' })).toEqual([]);
    expect(extractClaims({ text: undefined as unknown as string })).toEqual([]);
    expect(extractClaims(null as unknown as Sentence)).toEqual([]);
  });
});

describe('extractClaims: outcome groups and "all" claims (real wordings)', () => {
  it('reads a sub-row named as an example, or several sub-rows, as the whole group', () => {
    // 2019年上海市人民政府办公厅: "因本机关不掌握等原因无法提供265件".
    expect(read('因本机关不掌握等原因无法提供265件，占32.9%。', '三')[0]).toEqual([
      'outcome',
      'unable.noInfo+unable.needCreation+unable.unclear',
      '265',
    ]);
    expect(read('属信访、重复申请等不予处理158件。', '三')).toEqual([
      [
        'outcome',
        'notProcessed.complaint+notProcessed.repeat+notProcessed.publication+notProcessed.massive+notProcessed.confirm',
        '158',
      ],
    ]);
    expect(read('因逾期不补正等其他处理1件。', '三')).toEqual([
      ['outcome', 'other.overdueCorrection+other.overdueFee+other.other', '1'],
    ]);
    // A sub-row named alone and precisely stays that row.
    expect(read('属于国家秘密不予公开的1件。', '三')).toEqual([['outcome', 'denied.stateSecret', '1']]);
    expect(read('公开及部分公开275件。', '三')).toEqual([['outcome', 'granted+partialGrant', '275']]);
  });

  it('reads "N 件…全部予以公开 / 均已公开 / 均予以答复" as claims about all N', () => {
    expect(read('本年度共收到政府信息公开申请4件，全部予以公开。', '三')).toEqual([
      ['count', 'newRequests', '4'],
      ['outcome', 'granted', '4'],
    ]);
    expect(read('全年共办结申请4件，均已公开。', '三')).toEqual([
      ['count', 'completed', '4'],
      ['outcome', 'granted', '4'],
    ]);
    expect(read('收到政府信息公开申请2件，均已按期答复。', '三')).toEqual([
      ['count', 'newRequests', '2'],
      ['count', 'completed', '2'],
    ]);
    // xinxiang-police-2023: "均依照…进行规范答复办理" says how, not that all were answered.
    expect(
      read(
        '2023 年，我局共接到社会公众依申请公开 57 件，均依照《中华人民共和国政府信息公开条例》相关规定进行规范答复办理。',
      ),
    ).toEqual([['count', 'newRequests', '57']]);
  });
});
