/**
 * Findings by severity, then rule; each with its message, the cells it concerns — or, for a text finding, the
 * sentence and the table cells it contradicts — and a "locate" button when it has a place on the page.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AuditResult, Finding, FindingCell, Lang, Severity, SourceRef } from '../model';
import { columnName, rowName, TABLE_SHORT } from '../template/labels';
import { sourceKey } from '../extract/source';
import { causeCards, filterCards, passedRules, severityCounts, type Card } from './group';
import { ruleDescription, t, type MessageKey } from './i18n';
import { SumBar } from './SumBar';

const HEADING: Record<Severity, MessageKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};
const HINT: Record<Severity, MessageKey> = {
  error: 'severityErrorHint',
  warning: 'severityWarningHint',
  info: 'severityInfoHint',
};

/** The findings tab: filters, the step-through bar, one card per cause, and what was checked. */
export function FindingsList({
  lang,
  result,
  onLocate,
}: {
  lang: Lang;
  result: AuditResult;
  onLocate: (key: string) => Promise<boolean>;
}) {
  const cards = useMemo(() => causeCards(result.findings), [result.findings]);
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(ORDER));
  const [rule, setRule] = useState<string | null>(null);
  const shown = filterCards(cards, { severities, rule });
  const passed = passedRules(result);
  const counts = severityCounts(result.findings);
  const rules = [...new Set(cards.map((card) => card.rule))];
  const toggle = (severity: Severity) =>
    setSeverities((previous) => {
      const next = new Set(previous);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });
  const stepper = useStepper(shown, onLocate);
  const problems = counts.error + counts.warning;
  return (
    <div class="findings">
      {problems === 0 && <CleanState lang={lang} result={result} passed={passed} />}
      {cards.length > 1 && (
        <div class="filters" role="group" aria-label={t(lang, 'filterLabel')}>
          {ORDER.filter((severity) => counts[severity] > 0).map((severity) => (
            <button
              key={severity}
              type="button"
              class={`filter ${severity}`}
              aria-pressed={severities.has(severity)}
              data-filter={severity}
              onClick={() => toggle(severity)}
            >
              {t(lang, HEADING[severity])} <span class="count">{counts[severity]}</span>
            </button>
          ))}
          {rules.length > 1 && (
            <select
              class="rule-filter"
              aria-label={t(lang, 'filterRule')}
              value={rule ?? ''}
              onChange={(e) => setRule((e.currentTarget as HTMLSelectElement).value || null)}
            >
              <option value="">{t(lang, 'filterAllRules', rules.length)}</option>
              {rules.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
      {stepper.targets.length > 0 && <StepBar lang={lang} stepper={stepper} />}
      {cards.length > 0 && shown.length === 0 && <p class="empty">{t(lang, 'filteredEmpty')}</p>}
      {groupCards(shown).map((group) => (
        <section key={group.severity} class={`severity ${group.severity}`} data-severity={group.severity}>
          <h3>
            {t(lang, HEADING[group.severity])} <span class="count">{group.count}</span>
            <span class="hint">{t(lang, HINT[group.severity])}</span>
          </h3>
          {group.rules.map(({ rule: id, cards: list }) => (
            <div key={id} class="rule" data-rule={id}>
              <h4>
                <code>{id}</code> {ruleDescription(lang, id)}
              </h4>
              <ul>
                {list.map((card) => (
                  <CardItem
                    key={card.id}
                    lang={lang}
                    card={card}
                    current={stepper.current === card.id}
                    onLocate={onLocate}
                    onStep={() => stepper.goTo(card.id, false)}
                  />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      {passed.length > 0 && problems > 0 && <PassedRules lang={lang} passed={passed} />}
    </div>
  );
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Cards by severity, then rule (the order causeCards gives them). */
function groupCards(
  cards: readonly Card[],
): Array<{ severity: Severity; count: number; rules: Array<{ rule: string; cards: Card[] }> }> {
  return ORDER.map((severity) => {
    const rules = new Map<string, Card[]>();
    for (const card of cards) {
      if (card.severity !== severity) continue;
      rules.set(card.rule, [...(rules.get(card.rule) ?? []), card]);
    }
    const count = [...rules.values()].reduce((n, list) => n + list.length, 0);
    return { severity, count, rules: [...rules].map(([rule, list]) => ({ rule, cards: list })) };
  }).filter((group) => group.count > 0);
}

function PassedRules({ lang, passed }: { lang: Lang; passed: string[] }) {
  return (
    <details class="passed">
      <summary>{t(lang, 'passedRules', passed.length)}</summary>
      <ul>
        {passed.map((rule) => (
          <li key={rule}>
            <code>{rule}</code> {ruleDescription(lang, rule)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * No error and no warning: "核查完成，未发现问题" with what was checked — each table and what became of it, the rules
 * that ran — or, when tables were not audited, a heading that says so (never "no problems" for unread tables).
 */
function CleanState({ lang, result, passed }: { lang: Lang; result: AuditResult; passed: string[] }) {
  const tables = (['T2', 'T3', 'T4'] as const).map((id) => ({
    id,
    status: result.report.tables[id]?.status ?? 'missing',
  }));
  const audited = tables.filter((table) => AUDITED.has(table.status)).length;
  const heading: MessageKey =
    audited === 3 ? 'cleanTitle' : audited === 0 ? 'cleanNothingAudited' : 'cleanPartialTitle';
  return (
    <div class={`clean ${audited === 3 ? 'ok' : 'caution'}`} data-testid="clean-state">
      <p class="clean-title">
        <span class="clean-mark" aria-hidden="true">
          {audited === 3 ? '✓' : '?'}
        </span>
        {t(lang, heading)}
      </p>
      <ul class="checked-tables">
        {tables.map(({ id, status }) => (
          <li key={id} class={AUDITED.has(status) ? 'ok' : 'not-audited'}>
            <strong>{TABLE_SHORT[id][lang]}</strong>{' '}
            {t(lang, AUDITED.has(status) ? 'cleanTableChecked' : (TABLE_STATUS[status] ?? 'tableStatusMissing'))}
          </li>
        ))}
      </ul>
      <p class="muted">{t(lang, 'cleanRulesRun', result.rulesRun.length)}</p>
      {passed.length > 0 && <PassedRules lang={lang} passed={passed} />}
    </div>
  );
}

const AUDITED: ReadonlySet<string> = new Set(['ok', 'partial', 'positional']);
const TABLE_STATUS: Record<string, MessageKey> = {
  'not-recognised': 'tableStatusNotRecognised',
  image: 'tableStatusImage',
  attachment: 'tableStatusAttachment',
  missing: 'tableStatusMissing',
};

/** Where each card's "locate" goes, and which card the step-through is on. */
export interface Stepper {
  targets: Array<{ id: string; key: string }>;
  current: string | null;
  position: number;
  step: (delta: 1 | -1) => void;
  /** Makes a card the current one; `locate` false when the caller locates it itself. */
  goTo: (id: string, locate?: boolean) => void;
}

/**
 * Next/previous finding: steps through the cards that have a place on the page, locating each (the page scrolls to
 * it and flashes it) and highlighting it in the list; J/N = next, K/P = previous from the keyboard.
 */
function useStepper(cards: readonly Card[], onLocate: (key: string) => Promise<boolean>): Stepper {
  const [current, setCurrent] = useState<string | null>(null);
  const targets = cards.flatMap((card) => {
    const src = locatableCard(card);
    return src ? [{ id: card.id, key: sourceKey(src) }] : [];
  });
  const position = targets.findIndex((target) => target.id === current);
  const goTo = (id: string, locate = true) => {
    setCurrent(id);
    const target = targets.find((item) => item.id === id);
    if (target && locate) void onLocate(target.key);
  };
  const step = (delta: 1 | -1) => {
    if (targets.length === 0) return;
    const next =
      position < 0 ? (delta === 1 ? 0 : targets.length - 1) : (position + delta + targets.length) % targets.length;
    goTo(targets[next]!.id);
  };
  const stepRef = useRef(step);
  stepRef.current = step;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      const key = event.key.toLowerCase();
      if (key === 'j' || key === 'n') stepRef.current(1);
      else if (key === 'k' || key === 'p') stepRef.current(-1);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (current === null) return;
    const el = document.querySelector(`[data-card="${CSS.escape(current)}"]`);
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  return { targets, current, position, step, goTo };
}

function StepBar({ lang, stepper }: { lang: Lang; stepper: Stepper }) {
  return (
    <div class="stepper" role="group" aria-label={t(lang, 'stepLabel')}>
      <button type="button" class="step prev" title={t(lang, 'stepPrevTitle')} onClick={() => stepper.step(-1)}>
        ‹ {t(lang, 'stepPrev')}
      </button>
      <span class="step-position" data-testid="step-position" aria-live="polite">
        {stepper.position < 0
          ? t(lang, 'stepCount', stepper.targets.length)
          : t(lang, 'stepAt', stepper.position + 1, stepper.targets.length)}
      </span>
      <button type="button" class="step next" title={t(lang, 'stepNextTitle')} onClick={() => stepper.step(1)}>
        {t(lang, 'stepNext')} ›
      </button>
    </div>
  );
}

/** One card: the message, the cells (all N of them, the first few shown), locate. */
function CardItem({
  lang,
  card,
  current,
  onLocate,
  onStep,
}: {
  lang: Lang;
  card: Card;
  current: boolean;
  onLocate: (key: string) => Promise<boolean>;
  onStep: () => void;
}) {
  const [missing, setMissing] = useState(false);
  const go = async (src: SourceRef) => setMissing(!(await onLocate(sourceKey(src))));
  const first = card.findings[0]!;
  const { sentence } = first;
  const target = locatableCard(card);
  return (
    <li
      class={`finding card ${card.severity}${current ? ' current' : ''}`}
      data-rule={card.rule}
      data-card={card.id}
      aria-current={current ? 'true' : undefined}
    >
      <p class="message">
        {card.message}
        {card.findings.length > 1 && <span class="times"> ×{card.findings.length}</span>}
      </p>
      {sentence ? <SentenceParts lang={lang} finding={first} go={go} /> : <CardCells lang={lang} card={card} go={go} />}
      {card.rule === 't3-identity' && <SumBar lang={lang} finding={first} />}
      {target && (
        <button
          type="button"
          class="locate"
          title={t(lang, sentence?.src ? 'locateSentenceTitle' : 'locateTitle')}
          onClick={() => {
            onStep();
            void go(target);
          }}
        >
          {t(lang, 'locate')}
        </button>
      )}
      {missing && <p class="note">{t(lang, 'locateMissing')}</p>}
    </li>
  );
}

/** Cells shown before "另 N 个单元格": a card of one cause may name a whole row or column of cells. */
export const CARD_CELLS = 6;

/**
 * A card's cells: with one main cell (the usual "this total is wrong"), that cell, then the cells it was checked
 * against; with several main cells (one cause found in N places), or none (unpinned), all N of them, the first few
 * shown.
 */
function CardCells({ lang, card, go }: { lang: Lang; card: Card; go: (src: SourceRef) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  // An unpinned finding (t3-identity) blames none of its cells: they are all listed alike, none as its subject.
  const unpinned = card.findings.every((f) => f.unpinned);
  const primaries = uniqueCells(unpinned ? card.cells : card.findings.flatMap((f) => (f.cells[0] ? [f.cells[0]] : [])));
  if (primaries.length <= 1)
    return <CellParts lang={lang} finding={{ ...card.findings[0]!, cells: card.cells }} go={go} />;
  const shown = open ? primaries : primaries.slice(0, CARD_CELLS);
  return (
    <p class="where cells-n" aria-label={t(lang, 'cellsLabel')}>
      <span class="muted">{t(lang, 'cardCells', primaries.length)}</span>
      {shown.map((cell, i) => (
        <CellButton key={i} lang={lang} cell={cell} label={cellLabel(cell, lang)} go={go} />
      ))}
      {primaries.length > shown.length && (
        <button type="button" class="more-cells" onClick={() => setOpen(true)}>
          {t(lang, 'moreCells', primaries.length - shown.length)}
        </button>
      )}
    </p>
  );
}

function uniqueCells(cells: readonly FindingCell[]): FindingCell[] {
  const out: FindingCell[] = [];
  for (const cell of cells) {
    if (!out.some((c) => c.table === cell.table && c.row === cell.row && c.column === cell.column)) out.push(cell);
  }
  return out;
}

/** Where a card's "locate" goes: its first finding's place on the page. */
function locatableCard(card: Card): SourceRef | undefined {
  for (const finding of card.findings) {
    const src = locatable(finding);
    if (src) return src;
  }
  return undefined;
}

/** A table finding: the cell it is about, then the cells it was checked against (the first few, then "另 N 个"). */
function CellParts({ lang, finding, go }: { lang: Lang; finding: Finding; go: (src: SourceRef) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [primary, ...related] = finding.cells;
  if (!primary) return null;
  const shown = open ? related : related.slice(0, CARD_CELLS);
  return (
    <>
      <p class="where">
        <CellButton lang={lang} cell={primary} label={cellLabel(primary, lang)} go={go} />
      </p>
      {related.length > 0 && (
        <p class="related-cells" aria-label={t(lang, 'cellsLabel')}>
          <span class="muted">{t(lang, 'relatedCells')}</span>
          {shown.map((cell, i) => (
            <CellButton key={i} lang={lang} cell={cell} label={relatedLabel(cell, primary, lang)} go={go} />
          ))}
          {related.length > shown.length && (
            <button type="button" class="more-cells" onClick={() => setOpen(true)}>
              {t(lang, 'moreCells', related.length - shown.length)}
            </button>
          )}
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
  // A cell of a PDF (the attachment page): no page to locate in, its page number instead.
  if (src.kind === 'box')
    return <span class="cell-ref" data-page={src.page}>{`${label}${pageNote(lang, src.page)}`}</span>;
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
  const src = finding.sentence?.src ?? finding.cells.find((c) => c.src)?.src;
  // A place in a PDF file is not on the page the popup can scroll (the cells name their page instead).
  return src?.kind === 'box' ? undefined : src;
}

/** "（第 3 页）" / " (p. 3)": where a PDF cell is. */
function pageNote(lang: Lang, page: number): string {
  return lang === 'zh' ? `（${t(lang, 'filePage', page)}）` : ` (${t(lang, 'filePage', page)})`;
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
