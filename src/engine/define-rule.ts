/**
 * Rule modules in the style of ESLint rules / axe-core checks: metadata is data, `check` reports message ids with
 * data, and the engine renders the text in the user's language (docs/style.md "One rule").
 */
import type { CellValue, FindingCell, FormatVersion, Lang, LocalText, Report, Sentence, Severity } from '../model';

export type { LocalText } from '../model';


/** Everything about a rule except its check: enough for UIs, exports and the message renderer. */
export interface RuleMeta<M extends string = string> {
  /** Kebab-case id from rules.md; also the rule's file name. A contract: never renamed. */
  id: string;
  /** Default severity of the rule's findings (a report may override it). */
  severity: Severity;
  /** Format versions the rule is meaningful for; the engine skips it on any other. */
  appliesTo: readonly FormatVersion[];
  description: LocalText;
  messages: Readonly<Record<M, LocalText>>;
  /**
   * The rule compares the report with last year's report of the same agency (rules.md G): it finds nothing unless
   * `runRules` is given that report (`RunOptions.previous`).
   */
  needsPrevious?: boolean;
  /**
   * The rule is the notice for a page too large to audit (`report.limits` set): on such a report it alone runs,
   * since the report holds nothing else to check.
   */
  tooLargeNotice?: boolean;
}

/** What a check hands to `ctx.report`. */
export interface ReportDescriptor<M extends string = string> {
  messageId: M;
  /** Placeholder values. A key `name@en` overrides `name` in the English rendering (for bilingual labels). */
  data?: Record<string, string | number>;
  /** The cells concerned, in the order they should be shown. */
  cells?: ReadonlyArray<CellValue | FindingCell>;
  severity?: Severity;
  /** For text rules: the sentence concerned. */
  sentence?: Sentence;
  /** No cell is known to be the wrong one: the cells are marked alike (Finding.unpinned). */
  unpinned?: boolean;
}

/** The context a check receives. */
export interface RuleContext<M extends string = string> {
  /** Records one finding. Throws on an unknown message id (the engine turns that into `engine-rule-crash`). */
  report(descriptor: ReportDescriptor<M>): void;
  /** The language findings are rendered in. */
  readonly lang: Lang;
  /** Last year's report of the same agency, when the caller knows it (only the cross-year rules look at it). */
  readonly previous?: PreviousReport;
}

/** Last year's report of the same agency, as the cross-year rules (rules.md G) see it. */
export interface PreviousReport {
  report: Report;
  /** Where last year's report was read from (URL or path); cross-year findings carry it as `previousSource`. */
  source: string;
  /**
   * Message data naming both reports, for every cross-year message: `current` and `previous` (bilingual, e.g.
   * "示例县公安局2023年报告") and `previousSource`. Findings must name both reports and link to last year's.
   */
  names: Record<string, string>;
}

/** A rule as written in src/rules/<id>.ts, typed by its own message ids. */
export interface RuleDefinition<M extends string> extends RuleMeta<M> {
  /** Inspects the report and reports findings; returns early when its table is absent. */
  check(report: Report, ctx: RuleContext<M>): void;
}

/** A registered rule (message ids erased so rules of every kind fit in one registry). */
export interface Rule extends RuleMeta {
  check(report: Report, ctx: RuleContext): void;
}

/** Declares a rule; typing the message ids so `ctx.report({ messageId })` is checked against `messages`. */
export function defineRule<M extends string>(definition: RuleDefinition<M>): Rule {
  return Object.freeze({ ...definition }) as unknown as Rule;
}
