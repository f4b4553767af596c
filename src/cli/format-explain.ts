/**
 * `--explain`: what each stage of the audit saw, as plain text (the data: src/explain.ts). Meant for whoever asks
 * "why was this table (not) taken for 表三?" or "which sentence gave this finding?": one block per stage, in the
 * order they run.
 */
import type { Explanation } from '../explain';
import { T3_WORD_COUNT, type TableTrace } from '../extract/classify';
import { whyIn } from '../detect/recognise';
import type { Lang, TableId } from '../model';
import { TABLE_SHORT } from '../template/labels';

const MAX_SENTENCE = 80;
const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

/** The explanation as lines of text, all in `lang` (one language per locale, like every other output). */
export function renderExplain(e: Explanation, lang: Lang): string {
  const w = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const yesNo = (b: boolean) => (b ? w('是', 'yes') : w('否', 'no'));
  const n = (no: number, zh: string, en: string) => `${no} ${w(zh, en)}`;
  const lines: string[] = [`== ${w('核查过程', 'What each stage saw')}: ${e.source}`];
  const s = e.stages;
  if (!s) {
    lines.push(
      w(
        '未运行提取各阶段（页面过大、扫描件或无法读取）',
        'The extraction stages did not run (too large, a scan, or unreadable).',
      ),
    );
  } else {
    const st = s.stream;
    lines.push(
      `${n(1, '文档流', 'stream')}: ` +
        w(
          `${st.items} 项（文字 ${st.texts}，表格 ${st.tables}，链接 ${st.links}，图片 ${st.images}）`,
          `${st.items} items (${st.texts} text, ${st.tables} tables, ${st.links} links, ${st.images} images)`,
        ),
    );
    lines.push(`${n(2, '章节', 'sections')}: ${s.sections.length === 0 ? '—' : s.sections.length}`);
    for (const sec of s.sections) {
      lines.push(`   ${sec.no} #${sec.at} ${w('得分', 'score')} ${sec.score}: ${sec.heading}`);
    }
    lines.push(`${n(3, '表格', 'tables')}: ${s.tables.length === 0 ? '—' : s.tables.length}`);
    for (const t of s.tables) lines.push(`   ${tableLine(t, lang, w, yesNo)}`);
    lines.push(`${n(4, '数值', 'values')}:`);
    for (const id of ['T2', 'T3', 'T4'] as const) {
      const v = s.values[id];
      if (!v) continue;
      const missing = [
        v.missingRows.length > 0 ? `${w('缺少行', 'missing rows')} ${v.missingRows.join(', ')}` : '',
        v.missingColumns.length > 0 ? `${w('缺少列', 'missing columns')} ${v.missingColumns.join(', ')}` : '',
      ].filter(Boolean);
      const counts = w(
        `${v.values} 个数值（空白 ${v.blank}，无效 ${v.invalid}）`,
        `${v.values} values (${v.blank} blank, ${v.invalid} invalid)`,
      );
      lines.push(`   ${name(id, lang)} ${v.status}: ${counts}${missing.length ? `; ${missing.join('; ')}` : ''}`);
    }
    lines.push(`${n(5, '句子', 'sentences')}: ${s.sentences}`);
    const f = s.facts;
    const facts = [
      `${w('年度', 'year')} ${f.year ?? '—'}${f.yearFrom ? w(`（来自${yearSource(f.yearFrom)}）`, ` (from ${f.yearFrom})`) : ''}`,
      `${w('格式', 'format')} ${f.format}`,
      `${w('机关', 'agency')} ${f.agency ?? '—'}`,
      `${w('统计期限', 'period')} ${f.period ? `${f.period.start}..${f.period.end}` : '—'}`,
      `${w('发布日期', 'published')} ${f.published?.date ?? '—'}`,
      w(`附件 ${f.attachments.length} 个`, `${f.attachments.length} attachments`),
    ];
    lines.push(`${n(6, '事实', 'facts')}: ${facts.join(w('，', ', '))}`);
    const r = s.recognition;
    const inputs = r.inputs;
    const title = inputs.title === undefined ? '—' : `“${inputs.title}”`;
    lines.push(
      `${n(7, '识别', 'recognition')}: ${r.detected ? w('是年度报告', 'a report') : w('不是年度报告', 'not a report')} — ${whyIn(r.why, lang)}`,
      `   ` +
        w(
          `依据：标题 ${title}，章节 ${inputs.sections} 个，可读统计表 ${inputs.tables} 张，报告链接 ${inputs.reportLinks} 个，附件 ${inputs.attachments} 个，${inputs.period ? '写明' : '未写明'}统计期限`,
          `judged on: title ${title}, ${inputs.sections} sections, ${inputs.tables} readable tables, ` +
            `${inputs.reportLinks} report links, ${inputs.attachments} attachments, period ${inputs.period ? 'stated' : 'not stated'}`,
        ),
    );
  }
  const sentences = w(`${e.claims.length} 句`, `${e.claims.length} sentences`);
  lines.push(`${n(8, '正文主张', 'claims')}: ${e.claims.length === 0 ? '—' : sentences}`);
  for (const c of e.claims) {
    lines.push(`   ${c.section ? `[${c.section}] ` : ''}“${cut(c.text)}”`);
    for (const claim of c.claims) lines.push(`      ${claim.kind} “${claim.words}” → ${claim.reading}`);
  }
  lines.push(`${n(9, '核查结果', 'findings')}: ${e.findings.length === 0 ? '—' : e.findings.length}`);
  for (const f of e.findings) {
    const where = f.cells.length > 0 ? ` [${f.cells.join(', ')}]` : f.sentence ? ` “${cut(f.sentence)}”` : '';
    const severity = lang === 'zh' ? (SEVERITY_ZH[f.severity] ?? f.severity) : f.severity;
    lines.push(`   ${severity} ${f.rule}${where}: ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}

type Pick = (zh: string, en: string) => string;

function tableLine(t: TableTrace, lang: Lang, w: Pick, yesNo: (b: boolean) => string): string {
  const where = `#${t.at}${t.section ? w(`，位于${t.section}`, ` under ${t.section}`) : ''}, ${t.rows}×${t.width}`;
  const found = `${t.t3Words.length}/${T3_WORD_COUNT}${t.t3Words.length > 0 ? ` (${t.t3Words.join(' ')})` : ''}`;
  const words = [
    `${w('表三关键词', 'T3 words')} ${found}`,
    `${w('像表四', 'T4-like')} ${yesNo(t.t4Like)}`,
    `${w('像表二', 'T2-like')} ${yesNo(t.t2Like)}`,
  ];
  const tried =
    t.tried.length === 0
      ? w('未尝试', 'not tried')
      : `${w('尝试', 'tried')} ${t.tried.map((x) => `${x.as} → ${x.status ?? w('未读取', 'not read')}`).join(', ')}`;
  const taken = t.taken ? `${w('采用为', 'taken for')} ${name(t.taken, lang)}` : w('未采用', 'not taken');
  return `${where} “${t.head}”: ${words.join(', ')}; ${tried}; ${taken}`;
}

/** Where the year came from, in Chinese. */
function yearSource(from: string): string {
  const names: Record<string, string> = {
    title: '标题',
    period: '统计期限',
    'self-naming': '前言',
    'section 一': '第一部分',
  };
  return names[from] ?? from;
}

function name(id: TableId, lang: Lang): string {
  return lang === 'zh' ? `${TABLE_SHORT[id].zh}(${id})` : id;
}

function cut(text: string): string {
  return text.length > MAX_SENTENCE ? `${text.slice(0, MAX_SENTENCE)}…` : text;
}
