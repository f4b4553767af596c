/**
 * Rule modules in the style of ESLint rules / axe-core checks: metadata is data, `check` reports message ids with
 * data, and the engine renders the text in the user's language (docs/style.md "One rule").
 */
import type { CellValue, FindingCell, FormatVersion, Lang, LocalText, Report, Sentence, Severity } from '../model';

export type { LocalText } from '../model';

/** A rule's options: named numbers, strings or switches, with their defaults in the rule's metadata. */
export type RuleOptions = Readonly<Record<string, number | string | boolean>>;

/**
 * Everything about a rule except its check: enough for UIs, exports and the message renderer. Written in
 * src/rules/meta/<id>.ts, apart from the check, so a page that only shows findings ships no check code.
 */
export interface RuleMeta<M extends string = string, O extends RuleOptions = RuleOptions> {
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
  /**
   * The rule's options and their defaults (e.g. text-percent's tolerance); a caller overrides them per rule with
   * `runRules(report, { options: { [id]: { … } } })`, and the check reads them as `ctx.options`.
   */
  options?: O;
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
export interface RuleContext<M extends string = string, O extends RuleOptions = RuleOptions> {
  /** Records one finding. Throws on an unknown message id (the engine turns that into `engine-rule-crash`). */
  report(descriptor: ReportDescriptor<M>): void;
  /** The language findings are rendered in. */
  readonly lang: Lang;
  /** Last year's report of the same agency, when the caller knows it (only the cross-year rules look at it). */
  readonly previous?: PreviousReport;
  /** The rule's options: its metadata's defaults, with the caller's overrides. */
  readonly options: O;
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

/** A rule's code, as written in src/rules/<id>.ts next to its metadata, typed by the metadata's messages and options. */
export interface RuleCode<M extends string, O extends RuleOptions = RuleOptions> {
  /** Inspects the report and reports findings; returns early when its table is absent. */
  check(report: Report, ctx: RuleContext<M, O>): void;
}

/** A registered rule: its metadata and its check (message ids erased so rules of every kind fit in one registry). */
export interface Rule extends RuleMeta {
  check(report: Report, ctx: RuleContext): void;
}

/** Declares a rule's metadata (src/rules/meta/<id>.ts), typing its message ids and options for its check. */
export function defineMeta<M extends string, O extends RuleOptions = Record<never, never>>(
  meta: RuleMeta<M, O>,
): RuleMeta<M, O> {
  return Object.freeze({ ...meta });
}

/** A rule written in one piece, metadata and check together (tests' probe rules; registered rules are in two). */
export interface RuleDefinition<M extends string, O extends RuleOptions = Record<never, never>>
  extends RuleMeta<M, O>, RuleCode<M, O> {}

/**
 * Declares a rule: its metadata (src/rules/meta/<id>.ts) and its check, whose `ctx.report({ messageId })` is checked
 * against the metadata's messages and whose `ctx.options` has the metadata's options. A rule written in one piece
 * (`defineRule({ id, …, check })`) is for tests: the convention test requires every registered rule's metadata to be
 * its own file, so that the pages showing findings never import check code.
 */
export function defineRule<M extends string, O extends RuleOptions = Record<never, never>>(
  meta: RuleMeta<M, O>,
  code: RuleCode<M, O>,
): Rule;
export function defineRule<M extends string, O extends RuleOptions = Record<never, never>>(
  definition: RuleDefinition<M, O>,
): Rule;
export function defineRule<M extends string, O extends RuleOptions>(
  meta: RuleMeta<M, O> | RuleDefinition<M, O>,
  code?: RuleCode<M, O>,
): Rule {
  const check = code?.check ?? (meta as RuleDefinition<M, O>).check;
  return Object.freeze({ ...meta, check }) as unknown as Rule;
}
