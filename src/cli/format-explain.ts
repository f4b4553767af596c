/**
 * `--explain`: what each stage of the audit saw, as plain text (the data: src/explain.ts). Meant for whoever asks
 * "why was this table (not) taken for 表三?" or "which sentence gave this finding?": one block per stage, in the
 * order they run.
 */
import type { Explanation } from '../explain';
import { T3_WORD_COUNT, type TableTrace } from '../extract/classify';
import type { Lang, TableId } from '../model';
import { TABLE_SHORT } from '../template/labels';

const MAX_SENTENCE = 80;

/** The explanation as lines of text, headings in `lang` with the English beside the Chinese. */
export function renderExplain(e: Explanation, lang: Lang): string {
  const h = (zh: string, en: string) => (lang === 'zh' ? `${zh} ${en}` : en);
  const n = (no: number, zh: string, en: string) => `${no} ${h(zh, en)}`;
  const lines: string[] = [`== ${h('核查过程', 'What each stage saw')}: ${e.source}`];
  const s = e.stages;
  if (!s) {
    lines.push(
      h(
        '未运行提取各阶段（页面过大、扫描件或无法读取）',
        'The extraction stages did not run (too large, a scan, or unreadable).',
      ),
    );
  } else {
    const st = s.stream;
    lines.push(
      `${n(1, '流', 'stream')}: ${st.items} items (${st.texts} text, ${st.tables} tables, ${st.links} links, ${st.images} images)`,
    );
    lines.push(`${n(2, '章节', 'sections')}: ${s.sections.length === 0 ? '—' : s.sections.length}`);
    for (const sec of s.sections) lines.push(`   ${sec.no} #${sec.at} score ${sec.score}: ${sec.heading}`);
    lines.push(`${n(3, '表格', 'tables')}: ${s.tables.length === 0 ? '—' : s.tables.length}`);
    for (const t of s.tables) lines.push(`   ${tableLine(t, lang)}`);
    lines.push(`${n(4, '数值', 'values')}:`);
    for (const id of ['T2', 'T3', 'T4'] as const) {
      const v = s.values[id];
      if (!v) continue;
      const missing = [
        v.missingRows.length > 0 ? `missing rows ${v.missingRows.join(', ')}` : '',
        v.missingColumns.length > 0 ? `missing columns ${v.missingColumns.join(', ')}` : '',
      ].filter(Boolean);
      lines.push(
        `   ${name(id, lang)} ${v.status}: ${v.values} values (${v.blank} blank, ${v.invalid} invalid)${missing.length ? `; ${missing.join('; ')}` : ''}`,
      );
    }
    lines.push(`${n(5, '句子', 'sentences')}: ${s.sentences}`);
    const f = s.facts;
    const facts = [
      `year ${f.year ?? '—'}${f.yearFrom ? ` (from ${f.yearFrom})` : ''}`,
      `format ${f.format}`,
      `agency ${f.agency ?? '—'}`,
      `period ${f.period ? `${f.period.start}..${f.period.end}` : '—'}`,
      `published ${f.published?.date ?? '—'}`,
      `${f.attachments.length} attachments`,
    ];
    lines.push(`${n(6, '事实', 'facts')}: ${facts.join(', ')}`);
    const r = s.recognition;
    const inputs = r.inputs;
    lines.push(
      `${n(7, '识别', 'recognition')}: ${r.detected ? 'a report' : 'not a report'} — ${r.why}`,
      `   judged on: title ${inputs.title === undefined ? '—' : `“${inputs.title}”`}, ${inputs.sections} sections, ` +
        `${inputs.tables} readable tables, ${inputs.reportLinks} report links, ${inputs.attachments} attachments, ` +
        `period ${inputs.period ? 'stated' : 'not stated'}`,
    );
  }
  lines.push(`${n(8, '正文主张', 'claims')}: ${e.claims.length === 0 ? '—' : `${e.claims.length} sentences`}`);
  for (const c of e.claims) {
    lines.push(`   ${c.section ? `[${c.section}] ` : ''}“${cut(c.text)}”`);
    for (const claim of c.claims) lines.push(`      ${claim.kind} “${claim.words}” → ${claim.reading}`);
  }
  lines.push(`${n(9, '核查结果', 'findings')}: ${e.findings.length === 0 ? '—' : e.findings.length}`);
  for (const f of e.findings) {
    const where = f.cells.length > 0 ? ` [${f.cells.join(', ')}]` : f.sentence ? ` “${cut(f.sentence)}”` : '';
    lines.push(`   ${f.severity} ${f.rule}${where}: ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}

function tableLine(t: TableTrace, lang: Lang): string {
  const where = `#${t.at}${t.section ? ` under ${t.section}` : ''}, ${t.rows}×${t.width}`;
  const words = [
    `T3 words ${t.t3Words.length}/${T3_WORD_COUNT}${t.t3Words.length > 0 ? ` (${t.t3Words.join(' ')})` : ''}`,
    `T4-like ${t.t4Like ? 'yes' : 'no'}`,
    `T2-like ${t.t2Like ? 'yes' : 'no'}`,
  ];
  const tried =
    t.tried.length === 0
      ? 'not tried'
      : `tried ${t.tried.map((x) => `${x.as} → ${x.status ?? 'not read'}`).join(', ')}`;
  const taken = t.taken ? `taken for ${name(t.taken, lang)}` : 'not taken';
  return `${where} “${t.head}”: ${words.join(', ')}; ${tried}; ${taken}`;
}

function name(id: TableId, lang: Lang): string {
  return lang === 'zh' ? `${TABLE_SHORT[id].zh}(${id})` : id;
}

function cut(text: string): string {
  return text.length > MAX_SENTENCE ? `${text.slice(0, MAX_SENTENCE)}…` : text;
}
