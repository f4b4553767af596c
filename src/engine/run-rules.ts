/**
 * Runs the rules it is given (the registry, src/rules/index.ts, is the caller's: the engine imports no rule) over a
 * report: picks the rules for its format, isolates a failing rule, renders the messages and sorts the findings
 * (severity, rule, table order).
 */
import type { Finding, Lang, Report, Severity } from '../model';
import { attribute, type KnockOn } from './attribute';
import { cellOrder, toFindingCell } from './cells';
import type { PreviousReport, ReportDescriptor, Rule, RuleContext, RuleOptions } from './define-rule';
import { ENGINE_RULE_CRASH, formatLocal } from './messages';
import { reportYear } from './report-info';

/** Options of {@link runRules}. */
export interface RunOptions {
  /** Language of the rendered messages (default zh). */
  lang?: Lang;
  /** The rules to run, in the order findings of equal severity are listed (the registry, or one rule in its test). */
  rules: readonly Rule[];
  /**
   * Options per rule id, over the defaults in each rule's metadata (`RuleMeta.options`): `{ 'text-percent':
   * { tolerance: 0.2 } }`. An option the rule does not declare, or of another type than its default, is an error.
   */
  options?: Readonly<Record<string, RuleOptions>>;
  /**
   * The "one cause, one finding" policies applied to all findings once the rules have run (./attribute.ts; the
   * registry's are src/rules/attribution.ts). None: every rule's findings as it reported them.
   */
  knockOns?: readonly KnockOn[];
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

/**
 * Audits a report with the rules that apply to its format; reports nothing for a non-report. Never throws on a
 * report (a failing rule becomes an `engine-rule-crash` finding), only on an option no rule of that id declares.
 */
export function runRules(report: Report, opts: RunOptions): RunResult {
  const lang = opts.lang ?? 'zh';
  const list = opts.rules;
  const options = new Map(list.map((rule) => [rule.id, optionsOf(rule, opts.options?.[rule.id])]));
  if (!report?.detected) return { findings: [], rulesRun: [] };
  const previous = previousFor(report, opts);
  const findings: Finding[] = [];
  const rulesRun: string[] = [];
  for (const rule of list) {
    if (!rule.appliesTo.includes(report.format)) continue;
    // A page beyond the size limits was not read: only its notice applies (any other rule would see empty tables).
    if (report.limits !== undefined && !rule.tooLargeNotice) continue;
    rulesRun.push(rule.id);
    findings.push(...runOne(rule, report, lang, options.get(rule.id) ?? {}, previous));
  }
  const order = new Map(list.map((r, i) => [r.id, i]));
  return { findings: sortFindings(attribute(findings, opts.knockOns ?? []), order), rulesRun };
}

/** The engine's own pseudo-rule (a rule that threw); its metadata lives with the message renderer. */
export { ENGINE_RULE_CRASH } from './messages';

/**
 * A rule's options: its defaults with the caller's overrides. An override the rule does not declare, or whose type
 * differs from its default's, throws: a misspelt option must not silently leave the default in force.
 */
function optionsOf(rule: Rule, overrides: RuleOptions | undefined): RuleOptions {
  // Without overrides a rule's options are its defaults, the same frozen object for every report.
  if (overrides === undefined) {
    let defaults = DEFAULTS.get(rule);
    if (defaults === undefined) DEFAULTS.set(rule, (defaults = Object.freeze({ ...rule.options })));
    return defaults;
  }
  const defaults = rule.options ?? {};
  for (const [name, value] of Object.entries(overrides ?? {})) {
    if (!Object.hasOwn(defaults, name)) throw new Error(`rule ${rule.id} has no option "${name}"`);
    if (typeof value !== typeof defaults[name])
      throw new Error(`option "${name}" of rule ${rule.id} must be a ${typeof defaults[name]}`);
  }
  return Object.freeze({ ...defaults, ...overrides });
}

const DEFAULTS = new WeakMap<Rule, RuleOptions>();

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

function runOne(rule: Rule, report: Report, lang: Lang, options: RuleOptions, previous?: PreviousReport): Finding[] {
  const found: Finding[] = [];
  const ctx: RuleContext = {
    lang,
    options,
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
