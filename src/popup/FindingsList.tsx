/**
 * Findings by severity, then rule; each with its message, the cells it concerns — or, for a text finding, the
 * sentence and the table cells it contradicts — and a "locate" button when it has a place on the page.
 */
import { useState } from 'preact/hooks';
import type { AuditResult, Finding, FindingCell, Lang, Severity, SourceRef } from '../model';
import { RULES } from '../engine/run-rules';
import { columnName, rowName, TABLE_SHORT } from '../engine/labels';
import { sourceKey } from '../extract/source';
import { groupFindings, passedRules } from './group';
import { t, type MessageKey } from './i18n';

const HEADING: Record<Severity, MessageKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };
const HINT: Record<Severity, MessageKey> = {
  error: 'severityErrorHint',
  warning: 'severityWarningHint',
  info: 'severityInfoHint',
};

/** The findings tab. */
export function FindingsList({
  lang,
  result,
  onLocate,
}: {
  lang: Lang;
  result: AuditResult;
  onLocate: (key: string) => Promise<boolean>;
}) {
  const groups = groupFindings(result.findings);
  const passed = passedRules(result);
  return (
    <div class="findings">
      {groups.length === 0 && <p class="empty">{t(lang, 'noFindings', result.rulesRun.length)}</p>}
      {groups.map((group) => (
        <section key={group.severity} class={`severity ${group.severity}`} data-severity={group.severity}>
          <h3>
            {t(lang, HEADING[group.severity])} <span class="count">{group.count}</span>
            <span class="hint">{t(lang, HINT[group.severity])}</span>
          </h3>
          {group.rules.map((rule) => (
            <div key={rule.rule} class="rule" data-rule={rule.rule}>
              <h4>
                <code>{rule.rule}</code> {RULES[rule.rule]?.description[lang] ?? ''}
              </h4>
              <ul>
                {rule.findings.map((finding, i) => (
                  <FindingItem key={i} lang={lang} finding={finding} onLocate={onLocate} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      {passed.length > 0 && (
        <details class="passed">
          <summary>{t(lang, 'passedRules', passed.length)}</summary>
          <ul>
            {passed.map((rule) => (
              <li key={rule}>
                <code>{rule}</code> {RULES[rule]?.description[lang] ?? ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function FindingItem({
  lang,
  finding,
  onLocate,
}: {
  lang: Lang;
  finding: Finding;
  onLocate: (key: string) => Promise<boolean>;
}) {
  const [missing, setMissing] = useState(false);
  const go = async (src: SourceRef) => setMissing(!(await onLocate(sourceKey(src))));
  const { sentence } = finding;
  const target = locatable(finding);
  return (
    <li class={`finding ${finding.severity}`} data-rule={finding.rule}>
      <p class="message">{finding.message}</p>
      {sentence ? <SentenceParts lang={lang} finding={finding} go={go} /> : <CellParts lang={lang} finding={finding} go={go} />}
      {target && (
        <button
          type="button"
          class="locate"
          title={t(lang, sentence?.src ? 'locateSentenceTitle' : 'locateTitle')}
          onClick={() => void go(target)}
        >
          {t(lang, 'locate')}
        </button>
      )}
      {missing && <p class="note">{t(lang, 'locateMissing')}</p>}
    </li>
  );
}

/** A table finding: the cell it is about, then the cells it was checked against. */
function CellParts({ lang, finding, go }: { lang: Lang; finding: Finding; go: (src: SourceRef) => Promise<void> }) {
  const [primary, ...related] = finding.cells;
  if (!primary) return null;
  return (
    <>
      <p class="where">
        <CellButton lang={lang} cell={primary} label={cellLabel(primary, lang)} go={go} />
      </p>
      {related.length > 0 && (
        <p class="related-cells" aria-label={t(lang, 'cellsLabel')}>
          <span class="muted">{t(lang, 'relatedCells')}</span>
          {related.map((cell, i) => (
            <CellButton key={i} lang={lang} cell={cell} label={relatedLabel(cell, primary, lang)} go={go} />
          ))}
        </p>
      )}
    </>
  );
}

/** A text finding: the sentence, quoted short (in full on hover), and the table cells it contradicts. */
function SentenceParts({ lang, finding, go }: { lang: Lang; finding: Finding; go: (src: SourceRef) => Promise<void> }) {
  const text = finding.sentence?.text ?? '';
  return (
    <>
      <blockquote class="sentence" aria-label={t(lang, 'sentenceLabel')} title={text}>
        {lang === 'zh' ? `“${clip(text, SENTENCE_CHARS)}”` : `"${clip(text, SENTENCE_CHARS)}"`}
      </blockquote>
      {finding.cells.length > 0 && (
        <p class="where table-cells">
          <span class="muted">{t(lang, 'tableCells')}</span>
          {finding.cells.map((cell, i) => (
            <CellButton key={i} lang={lang} cell={cell} label={cellLabel(cell, lang)} go={go} />
          ))}
        </p>
      )}
    </>
  );
}

/** Characters of a sentence quoted in the list (two lines of the popup); the whole sentence is in the tooltip. */
const SENTENCE_CHARS = 52;

/** A cell named as a button that locates it (plain text when it has no place on the page). */
function CellButton({
  lang,
  cell,
  label,
  go,
}: {
  lang: Lang;
  cell: FindingCell;
  label: string;
  go: (src: SourceRef) => Promise<void>;
}) {
  const src = cell.src;
  if (!src) return <span class="cell-ref">{label}</span>;
  return (
    <button type="button" class="cell-ref" title={t(lang, 'locateTitle')} onClick={() => void go(src)}>
      {label}
    </button>
  );
}

/**
 * Where the finding's "locate" goes: its sentence when it has one on the page (a text finding is about what the
 * text says), else its first cell on the page; undefined when it has no place on the page (meta-deadline …).
 */
function locatable(finding: Finding): SourceRef | undefined {
  return finding.sentence?.src ?? finding.cells.find((c) => c.src)?.src;
}

/** `text` cut to `max` characters (whole code points) with an ellipsis. */
function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** "表四 · 行政复议 · 总计：0" — the cell named as in the report, with its text as printed. */
function cellLabel(cell: FindingCell, lang: Lang): string {
  return `${TABLE_SHORT[cell.table][lang]} · ${rowName(cell.table, cell.row)[lang]} · ${columnName(cell.table, cell.column)[lang]}${colon(lang)}${shown(cell)}`;
}

/** A related cell named only by what differs from the finding's main cell ("商业企业：1" on the same row). */
function relatedLabel(cell: FindingCell, primary: FindingCell, lang: Lang): string {
  if (cell.table !== primary.table) return cellLabel(cell, lang);
  if (cell.row === primary.row) return `${columnName(cell.table, cell.column)[lang]}${colon(lang)}${shown(cell)}`;
  if (cell.column === primary.column) return `${rowName(cell.table, cell.row)[lang]}${colon(lang)}${shown(cell)}`;
  return `${rowName(cell.table, cell.row)[lang]} · ${columnName(cell.table, cell.column)[lang]}${colon(lang)}${shown(cell)}`;
}

const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');

/** A cell's text as printed; ∅ for an empty cell, so it is not taken for a missing label. */
function shown(cell: FindingCell): string {
  return cell.text === '' ? '∅' : cell.text;
}
