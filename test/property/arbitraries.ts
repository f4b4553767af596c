/**
 * fast-check generators of hostile input: HTML tables with every kind of span value, nesting, blanks and junk text;
 * report-shaped pages built from the national template's own labels (so that the classify/map stages run on them);
 * and arbitrary bytes. Shared by the property tests and scripts/fuzz.ts.
 */
import fc from 'fast-check';
import { SECTIONS, T2_BLOCKS, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_ROWS } from '../../src/template';

/** rowspan/colspan values as portals and hostile pages write them: sane, zero, huge, negative, not numbers. */
export const spanValue: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }).map(String) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '0',
      '65534',
      '65535',
      '100000',
      '2147483648',
      '-1',
      '-65534',
      '',
      ' 2 ',
      '2.5',
      '1e3',
      'abc',
      '３',
      '0x10',
      '9'.repeat(30),
      'NaN',
      'Infinity',
      '2;',
      '"3"',
    ),
  },
);

/** Cell text: counts in every notation the extractor must read, blanks, labels, entities and junk. */
export const cellContent: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 100000 }).map(String) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '&nbsp;',
      '/',
      '—',
      '-',
      '无',
      '０',
      '１２',
      '１，２３４',
      '1,234',
      '12件',
      '3 条',
      '9486.7475',
      '12[注]',
      '-5',
      '+3',
      '1e5',
      '二十',
      '&amp;',
      '&lt;td&gt;',
      '&#12345;',
      '&#x4e00;',
      '&#0;',
      '&#xD800;',
      '&bogus;',
      '<br>',
      '<br/><br/>',
      '<!-- 注释 -->',
      '<script>document.write("<td>")</script>',
      '<style>td{}</style>',
      '\u200b',
      '\ufeff',
      '\u3000',
      '\t\n',
      '<img src="t.png">',
      '<a href="t.pdf">附件</a>',
    ),
  },
  { weight: 3, arbitrary: labelText() },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

function labelText(): fc.Arbitrary<string> {
  const labels = [
    ...T3_ROWS.map((r) => r.label),
    ...T3_COLUMNS.map((c) => c.label),
    ...T4_ROWS.map((r) => r.label),
    ...T4_COLUMNS.map((c) => c.label),
    ...T2_BLOCKS.flatMap((b) => [b.header, ...b.columns.map((c) => c.label), ...b.rows.map((r) => r.label)]),
    ...SECTIONS.map((s) => s.title),
    '申请人情况',
    '法人或其他组织',
    '三、本年度办理结果',
    '行政诉讼',
    '未经复议直接起诉',
    '复议后起诉',
  ];
  return fc.constantFrom(...labels);
}

/** Markup around a cell's content: nothing, inline wrappers (as Word pastes), or stray/unbalanced tags. */
const wrap: fc.Arbitrary<(inner: string) => string> = fc.constantFrom(
  (s: string) => s,
  (s: string) => `<p><span>${s}</span></p>`,
  (s: string) => `<b><i><u>${s}</u></i></b>`,
  (s: string) => `<span style="display:none">隐藏</span>${s}`,
  (s: string) => `${s}</td>`,
  (s: string) => `<td>${s}`,
  (s: string) => `${s}</tr><tr>`,
  (s: string) => `<div>${s}`,
  (s: string) => `</table>${s}`,
);

/** One <td>/<th> with random spans. */
const cellHtml = (inner: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .record({ th: fc.boolean(), rowspan: spanValue, colspan: spanValue, content: inner, wrap })
    .map(({ th, rowspan, colspan, content, wrap: w }) => {
      const tag = th ? 'th' : 'td';
      const attrs = `${rowspan === undefined ? '' : ` rowspan="${rowspan}"`}${colspan === undefined ? '' : ` colspan="${colspan}"`}`;
      return `<${tag}${attrs}>${w(content)}</${tag}>`;
    });

/**
 * A <table> with loose rows and thead/tbody/tfoot groups, whose cells may hold tables nested up to `depth` deep.
 * Nested tables are small and rare, so a page stays small (a bushy recursion would grow exponentially).
 */
export function tableHtml(depth: number): fc.Arbitrary<string> {
  const content =
    depth <= 0
      ? cellContent
      : fc.oneof({ weight: 12, arbitrary: cellContent }, { weight: 1, arbitrary: tableHtml(depth - 1) });
  const size = depth <= 0 ? 8 : 5;
  return fc
    .array(
      fc.record({
        group: fc.constantFrom('', '', 'thead', 'tbody', 'tfoot'),
        rows: fc.array(fc.array(cellHtml(content), { maxLength: size }), { maxLength: size }),
      }),
      { minLength: 1, maxLength: 3 },
    )
    .map((groups) => {
      const body = groups
        .map(({ group, rows }) => {
          const trs = rows.map((cells) => `<tr>${cells.join('')}</tr>`).join('');
          return group === '' ? trs : `<${group}>${trs}</${group}>`;
        })
        .join('');
      return `<table border="1">${body}</table>`;
    });
}

/** Junk between tables: prose, headings, entities, inline markup and broken tags. */
const junkHtml: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '<p>2023年，本机关共收到政府信息公开申请57件。</p>',
    '<h2>三、收到和处理政府信息公开申请情况</h2>',
    '<div><span>（单位：件）</span></div>',
    '<p>&nbsp;</p>',
    '<p><b>',
    '</div></div>',
    '<table',
    '<td>孤立单元格</td>',
    '<tr><td>1</td><td>2</td></tr>',
    '<!--',
    '<![CDATA[x]]>',
    '<svg><td>9</td></svg>',
    '<template><table><tr><td>1</td><td>2</td></tr></table></template>',
  ),
  fc.string({ maxLength: 40 }).map((s) => `<p>${s.replace(/[<&]/g, '')}</p>`),
);

/** A page: <title>, optional report heading, and tables interleaved with junk. */
export const tablePage: fc.Arbitrary<string> = fc
  .record({
    title: fc.constantFrom('', '某县公安局2023年政府信息公开工作年度报告', 'x'),
    parts: fc.array(fc.oneof({ weight: 2, arbitrary: tableHtml(2) }, { weight: 1, arbitrary: junkHtml }), {
      minLength: 1,
      maxLength: 6,
    }),
    skeleton: fc.boolean(),
  })
  .map(({ title, parts, skeleton }) => {
    const body = parts.join('\n');
    return skeleton ? `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>` : body;
  });

/** A count as a portal might print it. */
const printed = (n: number): fc.Arbitrary<string> =>
  fc.constantFrom(
    String(n),
    String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
    `${n}件`,
    n === 0 ? '/' : String(n),
    n === 0 ? '' : n.toLocaleString('en-US'),
  );

/** A cell of a report-shaped table: usually a printed count, sometimes junk. */
const reportCell: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.nat({ max: 60 }).chain(printed) },
  { weight: 1, arbitrary: cellContent },
);

/** Row label cells for T3 as the 2021 template prints them, some rows dropped, duplicated or relabelled. */
const t3Html: fc.Arbitrary<string> = fc
  .record({
    rows: fc.subarray([...T3_ROWS], { minLength: 0 }),
    duplicate: fc.option(fc.constantFrom(...T3_ROWS), { nil: undefined }),
    cells: fc.array(fc.array(reportCell, { minLength: 7, maxLength: 7 }), { minLength: 27, maxLength: 27 }),
    headerSpan: spanValue,
    labelSpan: spanValue,
  })
  .map(({ rows, duplicate, cells, headerSpan, labelSpan }) => {
    const header =
      `<tr><td colspan="3" rowspan="${headerSpan ?? 3}">本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和</td>` +
      `<td colspan="7">申请人情况</td></tr><tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td>` +
      `<td rowspan="2">总计</td></tr><tr>${T3_COLUMNS.slice(1, 6)
        .map((c) => `<td>${c.label}</td>`)
        .join('')}</tr>`;
    const list = duplicate ? [...rows, duplicate] : rows;
    const body = list
      .map((row, i) => {
        const values = (cells[i] ?? []).map((v) => `<td>${v}</td>`).join('');
        const span = i === 2 && labelSpan !== undefined ? ` rowspan="${labelSpan}"` : '';
        return `<tr><td colspan="3"${span}>${row.label}</td>${values}</tr>`;
      })
      .join('');
    return `<table border="1">${header}${body}</table>`;
  });

/** T4 as printed (two header rows), or its bare row of 15 numbers, with random junk. */
const t4Html: fc.Arbitrary<string> = fc
  .record({
    values: fc.array(reportCell, { minLength: 0, maxLength: 17 }),
    header: fc.boolean(),
    span: spanValue,
  })
  .map(({ values, header, span }) => {
    const parts = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const head = header
      ? `<tr><td colspan="5">行政复议</td><td colspan="10"${span === undefined ? '' : ` rowspan="${span}"`}>行政诉讼</td></tr>` +
        `<tr>${parts.map((p) => `<td rowspan="2">${p}</td>`).join('')}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>` +
        `<tr>${[...parts, ...parts].map((p) => `<td>${p}</td>`).join('')}</tr>`
      : '';
    return `<table>${head}<tr>${values.map((v) => `<td>${v}</td>`).join('')}</tr></table>`;
  });

/** T2 as printed: block headers, column headers and value rows. */
const t2Html: fc.Arbitrary<string> = fc.array(reportCell, { minLength: 12, maxLength: 12 }).map((v) => {
  let i = 0;
  const next = () => `<td>${v[i++ % v.length]}</td>`;
  return `<table>${T2_BLOCKS.map(
    (b) =>
      `<tr><td colspan="4">${b.header}</td></tr><tr><td>信息内容</td>${b.columns.map((c) => `<td>${c.label}</td>`).join('')}</tr>` +
      b.rows.map((r) => `<tr><td>${r.label}</td>${b.columns.map(next).join('')}</tr>`).join(''),
  ).join('')}</table>`;
});

/**
 * A page shaped like a report: its title, the six section headings (some dropped or reordered), T2/T3/T4 in their
 * sections with random values, spans and junk, narrative sentences quoting random figures.
 */
export const reportPage: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 2006, max: 2030 }),
    sections: fc.shuffledSubarray([...SECTIONS], { minLength: 0 }),
    t2: t2Html,
    t3: t3Html,
    t4: t4Html,
    sentences: fc.array(
      fc.tuple(
        fc.constantFrom(
          '共收到政府信息公开申请',
          '办结',
          '结转下年度',
          '行政复议',
          '行政诉讼',
          '予以公开',
          '占',
          '同比下降',
        ),
        fc.nat({ max: 500 }),
        fc.constantFrom('件', '条', '%', '万元', ''),
      ),
      { maxLength: 6 },
    ),
    junk: fc.array(junkHtml, { maxLength: 3 }),
  })
  .map(({ year, sections, t2, t3, t4, sentences, junk }) => {
    const title = `某县公安局${year}年政府信息公开工作年度报告`;
    const narrative = sentences
      .map(([w, n, u]) => `<p>${year}年，本机关${w}${n}${u}，其中予以公开${n % 7}件。</p>`)
      .join('');
    const body = sections
      .map((s) => {
        const table = s.no === '二' ? t2 : s.no === '三' ? t3 : s.no === '四' ? t4 : '';
        return `<p><b>${s.no}、${s.title}</b></p>${s.no === '一' ? narrative : ''}${table}`;
      })
      .join('');
    return (
      `<!DOCTYPE html><html><head><title>${title}_某县人民政府</title></head><body><div class="article">` +
      `<h1>${title}</h1><p>本报告统计期限自${year}年1月1日起至${year}年12月31日止。</p>${body}${junk.join('')}</div></body></html>`
    );
  });

/** A table as a plain-text converter writes it: tab-separated rows, Markdown pipes, or one cell per line. */
const textTable = (rows: string[][]): fc.Arbitrary<string> =>
  fc.constantFrom(
    rows.map((r) => r.join('\t')).join('\n'),
    rows.map((r) => `| ${r.join(' | ')} |`).join('\n'),
    rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n'),
  );

/**
 * A plain-text report (what PDF/Word converters give): title line, the section headings, T3/T4 rows from the
 * template's labels with random counts, hard-wrapped narrative and junk lines.
 */
export const reportText: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 2015, max: 2030 }),
    sections: fc.shuffledSubarray([...SECTIONS], { minLength: 0 }),
    t3: fc.array(
      fc.tuple(
        fc.constantFrom(...T3_ROWS),
        fc.array(fc.nat({ max: 99 }).chain(printed), { minLength: 0, maxLength: 8 }),
      ),
      {
        maxLength: 27,
      },
    ),
    t4: fc.array(fc.nat({ max: 9 }).map(String), { minLength: 0, maxLength: 16 }),
    junk: fc.array(fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('', '\t', '|', '| --- |', '第 1 页', '\f')), {
      maxLength: 6,
    }),
    wrap: fc.integer({ min: 8, max: 40 }),
  })
  .chain(({ year, sections, t3, t4, junk, wrap }) => {
    const t3Rows = [
      ['申请人情况', ...T3_COLUMNS.map((c) => c.label)],
      ...t3.map(([row, values]) => [row.label, ...values]),
    ];
    const t4Rows = [['行政复议', '行政诉讼'], ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], t4];
    return fc.tuple(textTable(t3Rows), textTable(t4Rows)).map(([t3Text, t4Text]) => {
      const narrative = `${year}年，本机关共收到政府信息公开申请${t3.length}件，办结${t4.length}件，其中予以公开3件，占12.5%。`;
      const wrapped = narrative.match(new RegExp(`.{1,${wrap}}`, 'gu'))?.join('\n') ?? narrative;
      const body = sections.map((s) => {
        const table = s.no === '三' ? t3Text : s.no === '四' ? t4Text : '';
        return `${s.no}、${s.title}\n${s.no === '一' ? wrapped : ''}\n${table}`;
      });
      return [`某县人民政府办公室${year}年政府信息公开工作年度报告`, ...body, ...junk].join('\n');
    });
  });

/** Arbitrary file contents for the CLI: raw bytes, text, markup fragments and report-shaped pages. */
export const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 512 }),
  fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
  fc.string({ unit: 'binary', maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
  tablePage.map((s) => new TextEncoder().encode(s)),
  reportPage.map((s) => new TextEncoder().encode(s)),
  reportText.map((s) => new TextEncoder().encode(s)),
  fc
    .tuple(
      fc.constantFrom(
        [0xef, 0xbb, 0xbf],
        [0xff, 0xfe],
        [0xfe, 0xff],
        [0x25, 0x50, 0x44, 0x46],
        [0x3c, 0x6d, 0x65, 0x74, 0x61, 0x20],
      ),
      fc.uint8Array({ maxLength: 128 }),
    )
    .map(([head, rest]) => Uint8Array.from([...head, ...rest])),
);
