/**
 * Generates the portal-style HTML fixtures (test/fixtures/html/) and the bundled sample (samples/) from the seed
 * reports, in the markup real portals produce (docs/markup.md). Run `npx tsx bench/make-fixtures.ts` after
 * changing it; the generated pages are committed as static files and the tests never run this script.
 *
 * Narrative paragraphs come from the seed texts; the table figures are the seeds' own, written out below (the
 * seeds' table layouts differ too much for a one-off generator to parse, and spelling them out keeps each
 * fixture's deliberate changes visible). Pages with KNOWN ERRORS change exactly one thing each and say so in a
 * comment at the top of the page.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { T3_ROWS } from '../src/template';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = join(ROOT, 'test/fixtures/seeds');
const OUT = join(ROOT, 'test/fixtures/html');
const SAMPLES = join(ROOT, 'samples');

// ---------------------------------------------------------------------------------------------------------------
// Report content

type Num = string; // a cell as printed: "57", "9486.7475", "" (blank, rendered &nbsp;), "/"

interface T2Data {
  rules: [Num, Num, Num];
  normative: [Num, Num, Num];
  license: Num;
  penalty: Num;
  coercion: Num;
  fees: Num;
}

/** 2019 trial layout (国办公开办函〔2019〕60号): different columns, signed 本年增/减, （九）政府集中采购. */
interface T2Data2019 {
  rules: [Num, Num, Num];
  normative: [Num, Num, Num];
  license: [Num, Num, Num];
  otherServices: [Num, Num, Num];
  penalty: [Num, Num, Num];
  coercion: [Num, Num, Num];
  fees: [Num, Num];
  procurement: [Num, Num];
}

interface ReportSpec {
  /** Page title (h1). */
  title: string;
  /** Title as repeated at the top of the body, if the portal pasted it there too. */
  bodyTitle?: string;
  site: string;
  host: string;
  published: string;
  /** Narrative: paragraphs before section 一, and per section number. */
  intro: string[];
  sections: Array<{ no: string; heading: string; paragraphs: string[] }>;
  t2?: T2Data | T2Data2019;
  /** 25 rows (2021) or 23 rows (2019) × 7 columns. */
  t3?: Num[][];
  t4?: Num[];
  /** How sections 二/三/四 show their tables. */
  tables: 'html' | 'images';
}

/** The seed text as paragraphs per section; table lines are dropped (the tables are rendered from the data). */
function narrative(
  file: string,
  opts: { titleLines: number; wrapped?: boolean },
): Pick<ReportSpec, 'intro' | 'sections'> {
  const lines = readFileSync(join(SEEDS, file), 'utf8')
    .split(/\r?\n/)
    .slice(opts.titleLines)
    .map((l) =>
      l
        .replace(/^\[bookmark: [^\]]*\]/, '')
        .replace(/^#+\s*/, '')
        .trimEnd(),
    );
  const intro: string[] = [];
  const sections: ReportSpec['sections'] = [];
  let open = false; // the last paragraph may continue on the next line (page-width wrapping in the PDF copy)
  for (const raw of lines) {
    const line = raw.trim();
    const heading = /^([一二三四五六])、/.exec(line);
    if (heading && line.length < 40 && !raw.includes('\t')) {
      sections.push({ no: heading[1]!, heading: line, paragraphs: [] });
      open = false;
      continue;
    }
    const current = sections.at(-1);
    // Sections 二/三/四 of the seeds hold only their table (or nothing, where the table was an image).
    if (current && '二三四'.includes(current.no)) continue;
    if (!line || raw.includes('\t')) continue;
    const target = current ? current.paragraphs : intro;
    const subheading = /^（[一二三四五六七八九十]）/.test(line) && line.length <= 20 && !/[，。]/.test(line);
    if (opts.wrapped && open && !subheading) target[target.length - 1] += line;
    else target.push(line);
    open = Boolean(opts.wrapped) && !subheading && !/[。：；！？]$/.test(line);
  }
  return { intro, sections };
}

/** T3 from its non-zero rows (row index → 7 cells); every other row is zeros. */
function t3(rows: Record<number, Num[]>, count = 25): Num[][] {
  return Array.from({ length: count }, (_, i) => rows[i] ?? ['0', '0', '0', '0', '0', '0', '0']);
}

const zeros = (n: number): Num[] => Array.from({ length: n }, () => '0');

const XINXIANG: ReportSpec = {
  title: '新乡市公安局2023年政府信息公开工作年度报告',
  bodyTitle: '新乡市公安局 2023 年政府信息公开工作年度报告',
  site: '新乡市公安局',
  host: 'gaj.xinxiang.gov.cn',
  published: '2024-01-22 10:35',
  ...narrative('xinxiang-police-2023.txt', { titleLines: 3 }),
  t2: {
    rules: ['0', '0', '0'],
    normative: ['0', '0', '4'],
    license: '2439825',
    penalty: '133895',
    coercion: '7815',
    fees: '9486.7475',
  },
  t3: t3({
    0: ['57', '0', '0', '0', '0', '0', '57'],
    2: ['25', '0', '0', '0', '0', '0', '25'],
    3: ['3', '0', '0', '0', '0', '0', '3'],
    7: ['1', '0', '0', '0', '0', '0', '1'],
    8: ['2', '0', '0', '0', '0', '0', '2'],
    9: ['1', '0', '0', '0', '0', '0', '1'],
    12: ['18', '0', '0', '0', '0', '0', '18'],
    19: ['1', '0', '0', '0', '0', '0', '1'],
    22: ['3', '0', '0', '0', '0', '0', '3'],
    23: ['54', '0', '0', '0', '0', '0', '54'],
    24: ['3', '0', '0', '0', '0', '0', '3'],
  }),
  t4: ['1', '0', '0', '0', '1', ...zeros(10)],
  tables: 'html',
};

const JIYUAN: ReportSpec = {
  // The real title does not name the place (rules.md meta-agency); kept as published.
  title: '公安局 2022 年政府信息公开工作年度报告',
  site: '济源示范区公安局',
  host: 'gaj.jiyuan.gov.cn',
  published: '2023-01-16',
  ...narrative('jiyuan-police-2022.txt', { titleLines: 1 }),
  t2: {
    rules: ['0', '0', '0'],
    normative: ['0', '0', '1'],
    license: '641',
    penalty: '1578',
    coercion: '536',
    fees: '1014.5589',
  },
  t3: t3({
    0: ['3', '0', '0', '0', '0', '0', '3'],
    8: ['3', '0', '0', '0', '0', '0', '3'],
    23: ['3', '0', '0', '0', '0', '0', '3'],
  }),
  t4: zeros(15),
  tables: 'html',
};

const JINZHAI: ReportSpec = {
  title: '金寨县公安局2024年政府信息公开工作年度报告',
  site: '金寨县人民政府',
  host: 'www.ahjinzhai.gov.cn',
  published: '2025-01-20 16:02',
  ...narrative('jinzhai-police-2024.txt', { titleLines: 1 }),
  t2: {
    rules: ['0', '0', '0'],
    normative: ['0', '0', '0'],
    license: '81155',
    penalty: '248265',
    coercion: '586',
    fees: '0',
  },
  t3: t3({
    0: ['11', '0', '0', '0', '0', '0', '11'],
    2: ['1', '0', '0', '0', '0', '0', '1'],
    3: ['1', '0', '0', '0', '0', '0', '1'],
    12: ['9', '0', '0', '0', '0', '0', '9'],
    23: ['11', '0', '0', '0', '0', '0', '11'],
  }),
  t4: ['0', '0', '1', '0', '1', ...zeros(10)],
  tables: 'html',
};

const JINXIANG: ReportSpec = {
  title: '金乡县公安局 2023 年政府信息公开工作年度报告',
  site: '中国·金乡',
  host: 'www.jinxiang.gov.cn',
  published: '2024-01-29',
  ...narrative('jinxiang-police-2023.txt', { titleLines: 3, wrapped: true }),
  tables: 'images',
};

// ---------------------------------------------------------------------------------------------------------------
// Markup styles: what UEditor, KindEditor and Word-paste leave behind (markup.md "HTML tables").

interface CellOpts {
  rowspan?: number;
  colspan?: number;
  width?: number;
  /** Text cell (label) rather than a number. */
  label?: boolean;
}

interface Style {
  table(rows: string[]): string;
  cell(text: Num, opts?: CellOpts): string;
  paragraph(text: string): string;
  heading(text: string): string;
  /** How a label that wraps in the original is written ("科研<br>机构", "商业 企业"). */
  wrap(a: string, b: string): string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrs = (o: CellOpts, quote: boolean): string => {
  const q = (v: number | string) => (quote ? `"${v}"` : String(v));
  return (o.rowspan ? ` rowspan=${q(o.rowspan)}` : '') + (o.colspan ? ` colspan=${q(o.colspan)}` : '');
};

/** Word/WPS pasted through UEditor: MsoNormal, mso-* styles, <o:p>, <span lang=EN-US> around digits, nowrap. */
const WORD: Style = {
  table: (rows) =>
    `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=604 style="width:453.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">\n${rows.join('\n')}\n</table>`,
  cell: (text, o = {}) => {
    const w = o.width ?? 57;
    const span =
      text === ''
        ? `<span lang=EN-US style="font-size:9.0pt;font-family:宋体"><o:p>&nbsp;</o:p></span>`
        : o.label
          ? `<span style="font-size:9.0pt;font-family:宋体;mso-bidi-font-family:宋体;color:black;mso-font-kerning:0pt">${text}</span><span lang=EN-US style="font-size:9.0pt"><o:p></o:p></span>`
          : `<span lang=EN-US style="font-size:9.0pt;font-family:宋体;mso-bidi-font-family:宋体;color:black;mso-font-kerning:0pt">${esc(text)}<o:p></o:p></span>`;
    return `<td width=${w}${o.label ? '' : ' nowrap'}${attrs(o, false)} valign=center style="width:${(w * 0.75).toFixed(1)}pt;border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"><p class=MsoNormal align=center style="text-align:center;mso-pagination:widow-orphan">${span}</p></td>`;
  },
  paragraph: (text) =>
    `<p class=MsoNormal style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">${digitSpans(esc(text))}</span><span lang=EN-US style="font-size:16.0pt"><o:p></o:p></span></p>`,
  heading: (text) =>
    `<p class=MsoNormal style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt"><b><span style="font-size:16.0pt;font-family:黑体;mso-hansi-font-family:黑体">${esc(text)}</span></b><b><span lang=EN-US style="font-size:16.0pt"><o:p></o:p></span></b></p>`,
  wrap: (a, b) => `${a} ${b}`,
};

/** Word puts runs of Latin digits in their own <span lang=EN-US>, so "2023 年" arrives as three text nodes. */
function digitSpans(html: string): string {
  return html.replace(
    /\d+(?:\.\d+)?/g,
    (d) =>
      `</span><span lang=EN-US style="font-size:16.0pt;font-family:仿宋_GB2312">${d}</span><span style="font-size:16.0pt;font-family:仿宋_GB2312">`,
  );
}

/** UEditor: every cell wrapped in <p align="center">, nowrap, inline widths, &nbsp; blanks. */
const UEDITOR: Style = {
  table: (rows) =>
    `<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;" align="center"><tbody>\n${rows.join('\n')}\n</tbody></table>`,
  cell: (text, o = {}) =>
    `<td width="${o.width ?? 64}" valign="middle" align="center"${o.label ? '' : ' nowrap="nowrap"'}${attrs(o, true)} style="border-width: 1px; border-style: solid; border-color: windowtext; padding: 0px 7px;"><p align="center" style="text-align: center; margin-top: 0px; margin-bottom: 0px;">${text === '' ? '&nbsp;' : o.label ? text : esc(text)}</p></td>`,
  paragraph: (text) => `<p style="text-indent: 2em; line-height: 2em; text-align: justify;">${esc(text)}</p>`,
  heading: (text) => `<p style="text-indent: 2em; line-height: 2em;"><strong>${esc(text)}</strong></p>`,
  wrap: (a, b) => `${a}${b}`,
};

/** KindEditor on an old GBK portal: <br /> inside labels, <span> font sizes, borders as attributes. */
const KINDEDITOR: Style = {
  table: (rows) =>
    `<table style="width:100%;" cellpadding="2" cellspacing="0" border="1" bordercolor="#000000">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`,
  cell: (text, o = {}) =>
    `<td style="text-align:center;"${attrs(o, true)}><span style="font-size:14px;">${text === '' ? '&nbsp;' : o.label ? text : esc(text)}</span></td>`,
  paragraph: (text) => `<p>\n\t&nbsp;&nbsp;&nbsp;&nbsp;${esc(text)}\n</p>`,
  heading: (text) => `<p>\n\t<strong>${esc(text)}</strong>\n</p>`,
  wrap: (a, b) => `${a}<br />\n${b}`,
};

// ---------------------------------------------------------------------------------------------------------------
// Tables (template-2021.md §2–4, markup.md)

const is2019 = (d: T2Data | T2Data2019): d is T2Data2019 => Array.isArray(d.license);

function table2(s: Style, d: T2Data): string {
  const L = (t: string, o: CellOpts = {}) => s.cell(t, { label: true, width: 150, ...o });
  const tr = (cells: string[]) => `<tr>${cells.join('')}</tr>`;
  return s.table([
    tr([L('第二十条第（一）项', { colspan: 4 })]),
    tr([
      L('信息内容'),
      L('本年制发件数', { width: 100 }),
      L('本年废止件数', { width: 100 }),
      L('现行有效件数', { width: 100 }),
    ]),
    tr([L('规章'), ...d.rules.map((v) => s.cell(v))]),
    tr([L('行政规范性文件'), ...d.normative.map((v) => s.cell(v))]),
    tr([L('第二十条第（五）项', { colspan: 4 })]),
    tr([L('信息内容'), L('本年处理决定数量', { colspan: 3 })]),
    tr([L('行政许可'), s.cell(d.license, { colspan: 3 })]),
    tr([L('第二十条第（六）项', { colspan: 4 })]),
    tr([L('信息内容'), L('本年处理决定数量', { colspan: 3 })]),
    tr([L('行政处罚'), s.cell(d.penalty, { colspan: 3 })]),
    tr([L('行政强制'), s.cell(d.coercion, { colspan: 3 })]),
    tr([L('第二十条第（八）项', { colspan: 4 })]),
    tr([L('信息内容'), L('本年收费金额（单位：万元）', { colspan: 3 })]),
    tr([L('行政事业性收费'), s.cell(d.fees, { colspan: 3 })]),
  ]);
}

/** The 2019 trial T2; `headerSpan` 5 reproduces the portals whose block headers span one column too many. */
function table2of2019(s: Style, d: T2Data2019, headerSpan: number): string {
  const L = (t: string, o: CellOpts = {}) => s.cell(t, { label: true, width: 150, ...o });
  const tr = (cells: string[]) => `<tr>${cells.join('')}</tr>`;
  const head = (t: string) => tr([L(t, { colspan: headerSpan })]);
  const cols3 = (a: string, b: string, c: string) => tr([L('信息内容'), L(a), L(b), L(c)]);
  const row = (label: string, v: Num[]) => tr([L(label), ...v.map((x) => s.cell(x))]);
  return s.table([
    head('第二十条第（一）项'),
    cols3('本年新制作数量', '本年新公开数量', '对外公开总数量'),
    row('规章', d.rules),
    row('规范性文件', d.normative),
    head('第二十条第（五）项'),
    cols3('上一年项目数量', '本年增/减', '处理决定数量'),
    row('行政许可', d.license),
    row('其他对外管理服务事项', d.otherServices),
    head('第二十条第（六）项'),
    cols3('上一年项目数量', '本年增/减', '处理决定数量'),
    row('行政处罚', d.penalty),
    row('行政强制', d.coercion),
    head('第二十条第（八）项'),
    tr([L('信息内容'), L('上一年项目数量'), L('本年增/减', { colspan: 2 })]),
    tr([L('行政事业性收费'), s.cell(d.fees[0]), s.cell(d.fees[1], { colspan: 2 })]),
    head('第二十条第（九）项'),
    tr([L('信息内容'), L('采购项目数量'), L('采购总金额', { colspan: 2 })]),
    tr([L('政府集中采购'), s.cell(d.procurement[0]), s.cell(d.procurement[1], { colspan: 2 })]),
  ]);
}

interface T3Options {
  /** 'rowspans': the national header; 'empty-cells': an extra header row of empty <td> under 自然人 and 总计. */
  header: 'rowspans' | 'empty-cells';
  /** A caption row inside the table ("单位：件"). */
  caption?: string;
  layout: '2021' | '2019';
}

function table3(s: Style, data: Num[][], o: T3Options): string {
  const L = (t: string, c: CellOpts = {}) => s.cell(t, { label: true, ...c });
  const tr = (cells: string[]) => `<tr>${cells.join('')}</tr>`;
  const values = (i: number) => data[i]!.map((v) => s.cell(v, { width: 48 }));
  const rows: string[] = [];
  if (o.caption) rows.push(tr([`<td colspan="10" style="border:none;text-align:right;">${o.caption}</td>`]));
  const spanned = o.header === 'rowspans' ? { rowspan: 2 } : {};
  rows.push(
    tr([
      L('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { rowspan: 3, colspan: 3, width: 260 }),
      L('申请人情况', { colspan: 7 }),
    ]),
    tr([
      L('自然人', { ...spanned, width: 48 }),
      L('法人或其他组织', { colspan: 5 }),
      L('总计', { ...spanned, width: 48 }),
    ]),
    tr([
      ...(o.header === 'empty-cells' ? ['<td></td>'] : []),
      L(s.wrap('商业', '企业'), { width: 48 }),
      L(s.wrap('科研', '机构'), { width: 48 }),
      L(s.wrap('社会公益', '组织'), { width: 48 }),
      L(s.wrap('法律服务', '机构'), { width: 48 }),
      L('其他', { width: 48 }),
      ...(o.header === 'empty-cells' ? ['<td></td>'] : []),
    ]),
  );
  const label = (key: string) => T3_ROWS.find((r) => r.key === key)!.label;
  const is2019 = o.layout === '2019';
  let i = 0;
  const next = () => values(i++);
  rows.push(tr([L(label('newReceived'), { colspan: 3 }), ...next()]));
  rows.push(tr([L(label('carriedOver'), { colspan: 3 }), ...next()]));
  rows.push(
    tr([
      L(s.wrap('三、本年度', '办理结果'), { rowspan: is2019 ? 20 : 22 }),
      L(label('granted'), { colspan: 2 }),
      ...next(),
    ]),
  );
  rows.push(tr([L(label('partialGrant'), { colspan: 2 }), ...next()]));
  const groups: Array<[string, string[]]> = Object.entries({
    '（三）不予公开': T3_ROWS.filter((r) => r.key.startsWith('denied.')),
    '（四）无法提供': T3_ROWS.filter((r) => r.key.startsWith('unable.')),
    '（五）不予处理': T3_ROWS.filter((r) => r.key.startsWith('notProcessed.')),
    ...(is2019 ? {} : { '（六）其他处理': T3_ROWS.filter((r) => r.key.startsWith('other.')) }),
  }).map(([g, defs]) => [g, defs.map((d) => d.label)]);
  for (const [group, labels] of groups) {
    labels.forEach((l, k) => {
      const first = k === 0 ? [L(group, { rowspan: labels.length })] : [];
      rows.push(tr([...first, L(l, { width: 200 }), ...next()]));
    });
  }
  if (is2019) rows.push(tr([L('（六）其他处理', { colspan: 2 }), ...next()]));
  rows.push(tr([L(label('totalProcessed'), { colspan: 2 }), ...next()]));
  rows.push(tr([L(label('carriedForward'), { colspan: 3 }), ...next()]));
  if (i !== data.length) throw new Error(`T3 has ${data.length} rows, the layout ${i}`);
  return s.table(rows);
}

function table4(s: Style, v: Num[]): string {
  const L = (t: string, o: CellOpts = {}) => s.cell(t, { label: true, width: 40, ...o });
  const tr = (cells: string[]) => `<tr>${cells.join('')}</tr>`;
  const five = (span: CellOpts) => [
    L(s.wrap('结果', '维持'), span),
    L(s.wrap('结果', '纠正'), span),
    L(s.wrap('其他', '结果'), span),
    L(s.wrap('尚未', '审结'), span),
    L('总计', span),
  ];
  return s.table([
    tr([L('行政复议', { colspan: 5 }), L('行政诉讼', { colspan: 10 })]),
    tr([...five({ rowspan: 2 }), L('未经复议直接起诉', { colspan: 5 }), L('复议后起诉', { colspan: 5 })]),
    tr([...five({}), ...five({})]),
    tr(v.map((x) => s.cell(x, { width: 40 }))),
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Pages

interface PageOptions {
  style: Style;
  charset?: 'utf-8' | 'gb2312';
  /** Wrap the article in an old-style layout table. */
  layoutTable?: boolean;
  t3?: Omit<T3Options, 'layout'>;
  t3Layout?: '2021' | '2019';
  /** Write the 2019 T2's block headers with this colspan. */
  t2HeaderSpan?: number;
  /** A caption paragraph above T4. */
  t4Caption?: string;
  /** Links to the neighbouring reports, as article pages show them. */
  neighbours?: [string, string];
  /** An HTML comment at the top saying what this page changes on purpose. */
  note?: string;
  /** A visible banner (the sample page says it is a reconstruction). */
  banner?: string;
}

function page(spec: ReportSpec, o: PageOptions): string {
  const s = o.style;
  const body: string[] = [];
  if (spec.bodyTitle) {
    body.push(
      `<p class=MsoNormal align=center style="text-align:center;line-height:28.0pt"><b><span style="font-size:22.0pt;font-family:方正小标宋简体">${esc(spec.bodyTitle)}</span></b></p>`,
    );
  }
  body.push(...spec.intro.map(s.paragraph));
  for (const section of spec.sections) {
    body.push(s.heading(section.heading));
    body.push(...section.paragraphs.map(s.paragraph));
    if (!'二三四'.includes(section.no)) continue;
    if (spec.tables === 'images') {
      const n = '二三四'.indexOf(section.no) + 2;
      body.push(
        `<p style="text-align:center;"><img src="/uploadfiles/202401/29/2024012909${n}1520${n}.png" width="600" alt="" border="0" /></p>`,
      );
      continue;
    }
    if (section.no === '二' && spec.t2) {
      body.push(is2019(spec.t2) ? table2of2019(s, spec.t2, o.t2HeaderSpan ?? 4) : table2(s, spec.t2));
    }
    if (section.no === '三' && spec.t3) {
      body.push(table3(s, spec.t3, { header: 'rowspans', ...o.t3, layout: o.t3Layout ?? '2021' }));
    }
    if (section.no === '四' && spec.t4) {
      if (o.t4Caption) body.push(`<p style="text-align:right;">${o.t4Caption}</p>`);
      body.push(table4(s, spec.t4));
    }
  }
  const charset = o.charset ?? 'utf-8';
  const meta =
    charset === 'utf-8'
      ? '<meta charset="utf-8">'
      : `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`;
  const article = `<div class="article">
<h1 class="article-title">${esc(spec.title)}</h1>
<div class="article-info"><span>发布日期：${spec.published}</span>\u3000<span>来源：${esc(spec.site)}</span>\u3000<span>浏览次数：<script language="javascript">document.write(visitCount||'');</script></span>\u3000<span>字号：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]</span></div>
<div class="article-content" id="zoom">
${body.join('\n')}
</div>
${o.neighbours ? `<div class="article-nav"><p>上一篇：<a href="/xxgk/ndbg/prev.html">${esc(o.neighbours[0])}</a></p><p>下一篇：<a href="/xxgk/ndbg/next.html">${esc(o.neighbours[1])}</a></p></div>` : ''}
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>`;
  const main = o.layoutTable
    ? `<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="layout">
<tr><td width="1000" valign="top" bgcolor="#FFFFFF">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>
${article}
</td></tr></table>
</td></tr>
</table>`
    : `<div class="container">${article}</div>`;
  return `<!DOCTYPE html>
${o.note ? `<!-- ${o.note} -->\n` : ''}<html lang="zh-CN">
<head>
${meta}
<title>${esc(spec.title)}_${esc(spec.site)}</title>
<meta name="ArticleTitle" content="${esc(spec.title)}">
<meta name="PubDate" content="${spec.published}">
<style>body{font-family:"Microsoft YaHei";margin:0}.article-title{text-align:center;font-size:24px}.article-info{text-align:center;color:#666;border-bottom:1px dashed #ccc}</style>
<script>var visitCount = 0;</script>
</head>
<body>
<div class="header"><div class="logo"><a href="http://${spec.host}/">${esc(spec.site)}</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/xxgk/">政府信息公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
${o.banner ? `<div class="banner" style="background:#fff3cd;padding:8px;text-align:center">${o.banner}</div>\n` : ''}<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/ndbg/">政府信息公开年报</a></div>
${main}
<div class="footer"><p>主办单位：${esc(spec.site)}\u3000地址：${esc(spec.site)}办公室</p><p>网站标识码：4100000001\u3000<a href="https://beian.miit.gov.cn/">ICP备05000000号</a>\u3000公网安备 41070002000000号</p></div>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------------------------
// Non-report pages (must not be detected as reports)

function chrome(title: string, site: string, content: string, published?: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}_${esc(site)}</title>
</head>
<body>
<div class="header"><div class="logo">${esc(site)}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/xxgk/">政府信息公开</a></li><li><a href="/xxgk/ndbg/">政府信息公开年报</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a></div>
<div class="container">
<h1>${esc(title)}</h1>
${published ? `<div class="info">发布时间：${published}\u3000来源：${esc(site)}</div>` : ''}
${content}
</div>
<div class="footer">主办单位：${esc(site)}\u3000网站标识码：3708280001</div>
</body>
</html>
`;
}

const NEWS = chrome(
  '县公安局召开2024年政务公开工作推进会',
  '中国·金乡',
  `<div class="content">
<p style="text-indent:2em;">1月10日，县公安局召开2024年政务公开工作推进会，总结2023年政务公开工作，部署2024年重点任务。</p>
<p style="text-indent:2em;">会议指出，2023年全局共发布各类信息49条，按时编制并公开了政府信息公开工作年度报告，依申请公开办理规范有序。会议要求，各警种要对照《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号文件要求，做好2023年度报告的编制工作，确保统计数据准确、勾稽关系正确。</p>
<p style="text-indent:2em;">会上印发了2024年政务公开工作任务分工：</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:0 auto;">
<tr><td><p align="center">序号</p></td><td><p align="center">工作任务</p></td><td><p align="center">责任单位</p></td><td><p align="center">完成时限</p></td></tr>
<tr><td><p align="center">1</p></td><td>编制并公开2023年政府信息公开工作年度报告</td><td>指挥中心</td><td>1月31日前</td></tr>
<tr><td><p align="center">2</p></td><td>更新主动公开目录</td><td>法制大队</td><td>3月31日前</td></tr>
<tr><td><p align="center">3</p></td><td>开展政务新媒体自查</td><td>督察大队</td><td>每季度</td></tr>
</table>
<p style="text-indent:2em;">会议强调，要坚持以公开为常态、不公开为例外，持续提升政务公开质量。</p>
</div>`,
  '2024-01-10 17:20',
);

const GUIDE = chrome(
  '金乡县公安局政府信息公开指南',
  '中国·金乡',
  `<div class="content">
<p style="text-indent:2em;">为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。申请人在申请获取政府信息前，请仔细阅读本指南。</p>
<p style="text-indent:2em;"><strong>一、主动公开</strong></p>
<p style="text-indent:2em;">（一）公开范围。本机关主动公开的政府信息范围详见本机关政府信息公开目录。</p>
<p style="text-indent:2em;">（二）公开方式。本机关通过“中国·金乡”政府门户网站政府信息公开专栏主动公开政府信息，并可根据需要通过新闻发布会、政务新媒体等方式公开。</p>
<p style="text-indent:2em;">（三）公开时限。属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开。</p>
<p style="text-indent:2em;"><strong>二、依申请公开</strong></p>
<p style="text-indent:2em;">（一）受理机构。名称：金乡县公安局办公室；办公地址：金乡县光明路2号；办公时间：周一至周五（法定节假日除外）上午9:00—12:00，下午13:00—17:00；联系电话：0537-8826030。</p>
<p style="text-indent:2em;">（二）申请方式。申请人可通过当面、邮寄、网上申请等方式提出申请。</p>
<p style="text-indent:2em;">（三）办理时限。本机关收到申请，能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，延长期限不超过20个工作日。</p>
<p style="text-indent:2em;">（四）收费标准。本机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，按照《政府信息公开信息处理费管理办法》收取信息处理费。</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;">
<tr><td>收费方式</td><td>件数（每自然月）</td><td>收费标准</td></tr>
<tr><td rowspan="3">按件计收</td><td>10件以下（含10件）</td><td>不收费</td></tr>
<tr><td>11—30件（含30件）</td><td>100元/件</td></tr>
<tr><td>31件以上</td><td>以10件为一档，每增加10件，收费标准提高100元/件</td></tr>
</table>
<p style="text-indent:2em;"><strong>三、政府信息公开工作年度报告</strong></p>
<p style="text-indent:2em;">本机关于每年1月31日前公布上一年度政府信息公开工作年度报告，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。</p>
<p style="text-indent:2em;"><strong>四、监督和救济</strong></p>
<p style="text-indent:2em;">公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向金乡县人民政府办公室政务公开科投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p>
</div>`,
  '2023-03-02',
);

const LISTING = chrome(
  '政府信息公开年报',
  '中国·金乡',
  `<div class="list">
<ul>
${[
  ['金乡县公安局2023年政府信息公开工作年度报告', '2024-01-29'],
  ['金乡县交通运输局2023年政府信息公开工作年度报告', '2024-01-26'],
  ['金乡县教育和体育局2023年政府信息公开工作年度报告', '2024-01-25'],
  ['金乡县公安局2022年政府信息公开工作年度报告', '2023-01-30'],
  ['金乡县人民政府2022年政府信息公开工作年度报告', '2023-03-28'],
  ['金乡县公安局2021年政府信息公开工作年度报告', '2022-01-28'],
  ['金乡县公安局2020年政府信息公开工作年度报告', '2021-01-29'],
]
  .map(
    ([t, d], i) =>
      `<li><a href="/art/${d!.slice(0, 4)}/${Number(d!.slice(5, 7))}/${Number(d!.slice(8))}/art_${2911 + i}.html" target="_blank" title="${t}">${t}</a><span class="date">${d}</span></li>`,
  )
  .join('\n')}
</ul>
<div class="page">共 7 条\u3000第 1/1 页\u3000<a>首页</a> <a>上一页</a> <a>下一页</a> <a>尾页</a></div>
</div>`,
);

// ---------------------------------------------------------------------------------------------------------------
// Derived pages with known errors (rules.md "Real errors seen in published reports")

function withT3(spec: ReportSpec, edit: (rows: Num[][]) => void): ReportSpec {
  const rows = spec.t3!.map((r) => [...r]);
  edit(rows);
  return { ...spec, t3: rows };
}

const row = (key: string) => T3_ROWS.findIndex((r) => r.key === key);

/** A 2020 report in the 2019 trial format (report years 2019–2020): 23-row T3, the old T2. */
function jiyuan2020(): ReportSpec {
  const { intro, sections } = narrative('jiyuan-police-2022.txt', { titleLines: 1 });
  const to2020 = (p: string) => p.replace(/2022/g, '2020');
  return {
    title: '济源示范区公安局2020年政府信息公开工作年度报告',
    site: '济源示范区公安局',
    host: 'gaj.jiyuan.gov.cn',
    published: '2021-01-22',
    intro: [
      '本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）要求编制。本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
      ...intro.map(to2020),
    ],
    sections: sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map(to2020) })),
    t2: {
      rules: ['0', '0', '0'],
      normative: ['0', '0', '1'],
      license: ['12', '-1', '641'],
      otherServices: ['0', '0', '0'],
      penalty: ['5', '+1', '1578'],
      coercion: ['3', '0', '536'],
      fees: ['2', '0'],
      procurement: ['3', '251000元'],
    },
    t3: t3(
      {
        0: ['3', '0', '0', '0', '0', '0', '3'],
        8: ['3', '0', '0', '0', '0', '0', '3'],
        21: ['3', '0', '0', '0', '0', '0', '3'],
      },
      23,
    ),
    t4: zeros(15),
    tables: 'html',
  };
}

// ---------------------------------------------------------------------------------------------------------------

function write(dir: string, name: string, html: string, charset: 'utf-8' | 'gbk' = 'utf-8'): void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  if (charset === 'utf-8') {
    writeFileSync(path, html);
    return;
  }
  // Node has no GBK encoder; Python's codec writes the bytes an old portal would serve.
  execFileSync('python3', ['-c', 'import sys; open(sys.argv[1], "wb").write(sys.stdin.read().encode("gbk"))', path], {
    input: html,
    encoding: 'utf8',
  });
}

const derived = (what: string) => `派生测试页 derived test page: ${what}`;

write(
  OUT,
  'xinxiang-2023.html',
  page(XINXIANG, {
    style: WORD,
    layoutTable: true,
    t3: { header: 'rowspans', caption: '单位：件' },
    neighbours: ['新乡市公安局2022年政府信息公开工作年度报告', '新乡市公安局2024年政府信息公开工作年度报告'],
  }),
);
write(OUT, 'jiyuan-2022.html', page(JIYUAN, { style: UEDITOR, t3: { header: 'empty-cells' }, t4Caption: '单位：件' }));
write(OUT, 'jinzhai-2024-gbk.html', page(JINZHAI, { style: KINDEDITOR, charset: 'gb2312', layoutTable: true }), 'gbk');
write(OUT, 'jinxiang-2023-images.html', page(JINXIANG, { style: UEDITOR }));
write(
  OUT,
  'err-review-total-zero.html',
  page(
    { ...JIYUAN, t4: ['1', '0', '0', '0', '0', ...zeros(10)] },
    {
      style: UEDITOR,
      note: derived('jiyuan-2022 with 行政复议 结果维持 1 but 总计 0 (rules.md, a county 公安局 2023)'),
    },
  ),
);
write(
  OUT,
  'err-blank-total.html',
  page(
    withT3(XINXIANG, (rows) => rows.forEach((r) => (r[6] = ''))),
    {
      style: WORD,
      note: derived('xinxiang-2023 with the whole T3 总计 column blank (&nbsp;)'),
    },
  ),
);
write(
  OUT,
  'err-row-total.html',
  page(
    withT3(JINZHAI, (rows) => (rows[row('unable.noInfo')]![6] = '8')),
    {
      style: UEDITOR,
      note: derived('jinzhai-2024 with 本机关不掌握相关政府信息 总计 8 while 自然人 is 9'),
    },
  ),
);
write(
  OUT,
  'err-old-layout-2022.html',
  page(
    {
      ...JIYUAN,
      title: '济源示范区公安局2022年政府信息公开工作年度报告',
      t2: {
        rules: ['0', '0', '0'],
        normative: ['0', '0', '1'],
        license: ['12', '0', '641'],
        otherServices: ['0', '0', '0'],
        penalty: ['5', '0', '1578'],
        coercion: ['3', '0', '536'],
        fees: ['2', '0'],
        procurement: ['0', '0'],
      },
    },
    {
      style: UEDITOR,
      t2HeaderSpan: 5,
      note: derived('jiyuan-2022 with the 2019 trial T2 layout (rules.md t2-old-layout)'),
    },
  ),
);
write(
  OUT,
  'format-2019-2020.html',
  page(jiyuan2020(), {
    style: UEDITOR,
    t3Layout: '2019',
    note: derived('jiyuan-2022 rewritten as a 2020 report in the 2019 trial format (国办公开办函〔2019〕60号)'),
  }),
);
write(OUT, 'news.html', NEWS);
write(OUT, 'guide.html', GUIDE);
write(OUT, 'listing.html', LISTING);

// The README's first command audits this page: the jinxiang report (whose tables were published as images) with
// its tables written out, reproducing the real error "行政复议 结果维持 1 but 总计 0" of rules.md.
write(
  SAMPLES,
  'jinxiang-police-2023.html',
  page(
    {
      ...JINXIANG,
      tables: 'html',
      t2: { rules: ['0', '0', '0'], normative: ['0', '0', '0'], license: '0', penalty: '0', coercion: '0', fees: '0' },
      t3: t3({
        0: ['1', '0', '0', '0', '0', '0', '1'],
        2: ['1', '0', '0', '0', '0', '0', '1'],
        23: ['1', '0', '0', '0', '0', '0', '1'],
      }),
      t4: ['1', '0', '0', '0', '0', ...zeros(10)],
    },
    {
      style: UEDITOR,
      note: 'Sample page for the README: the narrative is the published report; its tables (images in the original) are reconstructed with the error rules.md records for such a report: 行政复议 结果维持 1, 总计 0.',
      banner:
        '样例页面 Sample page — 叙述文字取自原报告；原报告表格为图片，此处表格为演示重建（含一处行政复议统计错误）。',
    },
  ),
);
console.log('fixtures written');
