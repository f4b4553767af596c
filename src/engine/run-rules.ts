/**
 * Runs the registered rules over a report: picks the rules for its format, isolates a failing rule, renders the
 * messages and sorts the findings (severity, rule, table order).
 */
import type { Finding, Lang, Report, Severity } from '../model';
import { rules as registry } from '../rules';
import { cellOrder, toFindingCell } from './cells';
import type { PreviousReport, ReportDescriptor, Rule, RuleContext, RuleMeta } from './define-rule';
import { formatLocal } from './messages';
import { reportYear } from './report-info';

/** Options of {@link runRules}. */
export interface RunOptions {
  /** Language of the rendered messages (default zh). */
  lang?: Lang;
  /** Rules to run instead of the registry (tests, a "run only this rule" UI). */
  rules?: readonly Rule[];
  /**
   * Last year's report of the same agency, for the cross-year rules (rules.md G). Pairing is the caller's job; the
   * engine only refuses a report that is not of the year before (both years must be known).
   */
  previous?: Report;
  /** Where `previous` was read from, when not its own `source` (e.g. the URL it was fetched from). */
  previousSource?: string;
}

/** What {@link runRules} returns. */
export interface RunResult {
  findings: Finding[];
  /** Ids of the rules that ran on this report (in registry order). */
  rulesRun: string[];
}

/** Audits a report with the rules that apply to its format; never throws, reports nothing for a non-report. */
export function runRules(report: Report, opts: RunOptions = {}): RunResult {
  const lang = opts.lang ?? 'zh';
  const list = opts.rules ?? registry;
  if (!report?.detected) return { findings: [], rulesRun: [] };
  const previous = previousFor(report, opts);
  const findings: Finding[] = [];
  const rulesRun: string[] = [];
  for (const rule of list) {
    if (!rule.appliesTo.includes(report.format)) continue;
    // A page beyond the size limits was not read: only its notice applies (any other rule would see empty tables).
    if (report.limits !== undefined && !rule.tooLargeNotice) continue;
    rulesRun.push(rule.id);
    findings.push(...runOne(rule, report, lang, previous));
  }
  const order = new Map(list.map((r, i) => [r.id, i]));
  return { findings: sortFindings(findings, order), rulesRun };
}

/** Renders a finding's message (or a rule's message from its id and data) in the given language. */
export function renderMessage(finding: Pick<Finding, 'rule' | 'messageId' | 'data'>, lang: Lang): string;
export function renderMessage(
  rule: string | RuleMeta,
  messageId: string,
  data: Readonly<Record<string, string | number>>,
  lang: Lang,
): string;
export function renderMessage(
  target: string | RuleMeta | Pick<Finding, 'rule' | 'messageId' | 'data'>,
  langOrMessageId: string,
  data?: Readonly<Record<string, string | number>>,
  lang?: Lang,
): string {
  if (typeof target === 'object' && 'rule' in target) {
    return render(RULES[target.rule], target.rule, target.messageId, target.data, langOrMessageId as Lang);
  }
  const meta = typeof target === 'string' ? RULES[target] : target;
  const id = typeof target === 'string' ? target : target.id;
  return render(meta, id, langOrMessageId, data ?? {}, lang ?? 'zh');
}

/** Re-renders every finding's message in another language (the popup's language toggle). */
export function localiseFindings(findings: readonly Finding[], lang: Lang): Finding[] {
  return findings.map((f) => ({ ...f, message: renderMessage(f, lang) }));
}

/** The engine's own pseudo-rule: a rule that threw is reported, never allowed to crash the audit. */
export const ENGINE_RULE_CRASH: RuleMeta<'crash'> = Object.freeze<RuleMeta<'crash'>>({
  id: 'engine-rule-crash',
  severity: 'info',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '某条规则运行出错，已跳过（其余规则照常运行）',
    en: 'A rule failed and was skipped (the other rules still ran)',
  },
  messages: {
    crash: {
      zh: '规则 {{rule}} 运行出错，未能完成核查：{{error}}',
      en: 'Rule {{rule}} failed and could not complete its check: {{error}}',
    },
  },
});

/** Metadata of every registered rule and engine pseudo-rule by id, for UIs and exports. */
export const RULES: Readonly<Record<string, RuleMeta>> = Object.freeze(
  Object.fromEntries([...registry, ENGINE_RULE_CRASH].map((r) => [r.id, metaOf(r)])),
);

/**
 * Last year's report as the rules see it, or undefined: only a recognised report of exactly the year before, so a
 * mis-paired report (another year, a listing page) can never make a cross-year rule compare the wrong reports.
 */
function previousFor(report: Report, opts: RunOptions): PreviousReport | undefined {
  const previous = opts.previous;
  if (!previous?.detected || previous === report) return undefined;
  const year = reportYear(report);
  const before = reportYear(previous);
  if (year === undefined || before === undefined || before !== year - 1) return undefined;
  const source = opts.previousSource ?? (typeof previous.source === 'string' ? previous.source : '');
  return {
    report: previous,
    source,
    names: {
      current: `${report.agency ?? ''}${year}年报告`,
      'current@en': `${report.agency ? `${report.agency} ` : ''}${year} report`,
      previous: `${previous.agency ?? ''}${before}年报告`,
      'previous@en': `${previous.agency ? `${previous.agency} ` : ''}${before} report`,
      previousSource: source,
    },
  };
}

function runOne(rule: Rule, report: Report, lang: Lang, previous?: PreviousReport): Finding[] {
  const found: Finding[] = [];
  const ctx: RuleContext = {
    lang,
    ...(previous ? { previous } : {}),
    report(descriptor: ReportDescriptor) {
      found.push(toFinding(rule, descriptor, lang));
    },
  };
  try {
    rule.check(report, ctx);
    return found;
  } catch (error) {
    // A half-finished rule's findings may be inconsistent, so they are dropped in favour of the crash notice.
    const data = { rule: rule.id, error: error instanceof Error ? error.message : String(error) };
    return [
      {
        rule: ENGINE_RULE_CRASH.id,
        severity: ENGINE_RULE_CRASH.severity,
        messageId: 'crash',
        message: formatLocal(ENGINE_RULE_CRASH.messages.crash, data, lang),
        data,
        cells: [],
      },
    ];
  }
}

function toFinding(rule: Rule, d: ReportDescriptor, lang: Lang): Finding {
  const template = Object.hasOwn(rule.messages, d.messageId) ? rule.messages[d.messageId] : undefined;
  if (!template) throw new Error(`unknown messageId "${d.messageId}"`);
  const data = { ...(d.data ?? {}) };
  const finding: Finding = {
    rule: rule.id,
    severity: d.severity ?? rule.severity,
    messageId: d.messageId,
    message: formatLocal(template, data, lang),
    data,
    cells: (d.cells ?? []).map(toFindingCell),
  };
  if (d.unpinned) finding.unpinned = true;
  if (d.sentence) finding.sentence = d.sentence;
  return finding;
}

function render(
  meta: RuleMeta | undefined,
  id: string,
  messageId: string,
  data: Readonly<Record<string, string | number>>,
  lang: Lang,
): string {
  const template = meta && Object.hasOwn(meta.messages, messageId) ? meta.messages[messageId] : undefined;
  if (template) return formatLocal(template, data, lang);
  // An unknown rule (e.g. a finding saved by another version) still shows something readable.
  const details = Object.entries(data)
    .filter(([k]) => !k.includes('@'))
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return details ? `${id}/${messageId} (${details})` : `${id}/${messageId}`;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function sortFindings(findings: Finding[], order: ReadonlyMap<string, number>): Finding[] {
  const position = (f: Finding): number => {
    const first = f.cells[0];
    if (first) return cellOrder(first);
    const src = f.sentence?.src;
    if (src?.kind === 'text') return 10_000_000 + src.block;
    if (src?.kind === 'line') return 10_000_000 + src.line;
    return 20_000_000;
  };
  return findings
    .map((f, i) => ({ f, i, p: position(f) }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
        (order.get(a.f.rule) ?? order.size) - (order.get(b.f.rule) ?? order.size) ||
        a.p - b.p ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}

function metaOf(rule: RuleMeta): RuleMeta {
  const { id, severity, appliesTo, description, messages, needsPrevious } = rule;
  return { id, severity, appliesTo, description, messages, ...(needsPrevious ? { needsPrevious } : {}) };
}
