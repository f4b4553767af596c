/**
 * What a sentence of the narrative claims, as typed data the text-versus-table rules compare with the tables.
 */
import type { Quantity } from './numbers';

/** What a stated count is a count of; each maps to one or more table cells (see the text-* rules). */
export type CountSubject =
  | 'newRequests' // T3 一、本年新收 (or 一+二 with includesCarried)
  | 'completed' // T3 （七）总计
  | 'carriedOver' // T3 二、上年结转
  | 'carriedForward' // T3 四、结转下年度继续办理
  | 'review' // T4 行政复议 总计
  | 'litigation' // T4 直接起诉 总计 + 复议后起诉 总计
  | 'litigationDirect' // T4 未经复议直接起诉 总计
  | 'litigationPostReview' // T4 复议后起诉 总计
  | 'license' // T2 行政许可 本年处理决定数量
  | 'penalty' // T2 行政处罚
  | 'coercion' // T2 行政强制
  | 'docsIssued' // T2 规章 / 行政规范性文件 本年制发件数 (see docType)
  | 'docsRepealed' // … 本年废止件数
  | 'docsValid' // … 现行有效件数
  | 'fees'; // T2 行政事业性收费 本年收费金额 (万元)

/** Fields every claim has: the span of the sentence it was read from. */
export interface ClaimBase {
  /** Offsets of the claim in the sentence's text (UTF-16 code units), for highlighting. */
  start: number;
  end: number;
  /** The words of the claim as written. */
  text: string;
  /**
   * A year the sentence puts the claim under ("2022年我局收到…"), when it names one; a claim under another year
   * than the report's is meta-year-body's business, not a contradiction of the tables.
   */
  year?: number;
}

/** "收到申请 57 件", "办结 54 件", "行政复议 1 次", "制发规范性文件 2 件", "行政事业性收费 12.5 万元". */
export interface CountClaim extends ClaimBase {
  kind: 'count';
  subject: CountSubject;
  quantity: Quantity;
  /** For docs*: which row of T2 第二十条第（一）项. */
  docType?: 'rules' | 'normative';
  /** For newRequests: the sentence says the figure includes 上年结转 ("共受理 60 件（含上年结转 3 件）"). */
  includesCarried?: boolean;
  /** For newRequests: written with 新收, so it can only mean T3 一. */
  strictlyNew?: boolean;
  /**
   * Read from "N 件…均已答复" (see OutcomeClaim.allOf): every one of the N requests named by `allOf` was answered, so
   * N is a count of completed requests only when no other request was handled alongside them.
   */
  allOf?: AllOf;
}

/** What the N of "N 件…全部予以公开 / 均予以答复" counts: the requests received (一, or 一+二 with includesCarried). */
export interface AllOf {
  subject: 'newRequests';
  includesCarried: boolean;
}

/** One outcome of the handled requests ("予以公开 25 件", "不予公开 4 件", "属于国家秘密 1 件"). */
export interface OutcomeClaim extends ClaimBase {
  kind: 'outcome';
  /** T3 row keys whose 总计 the figure equals (one row, a whole group, or 予以公开+部分公开). */
  rows: readonly string[];
  /** The category as written. */
  label: string;
  quantity: Quantity;
  /** Pre-2021 wording (信息不存在, 不属于政府信息, 告知其他途径…) whose mapping to a 2021 row is a best guess. */
  legacy: boolean;
  /**
   * Read from "收到申请 4 件，全部予以公开" / "办结 4 件，均已公开": all N requests had this outcome. Set when N counts the
   * requests received (not the completed ones): the claim then holds only if nothing else was handled with them.
   */
  allOf?: AllOf;
}

/** "未发生行政复议", "没有…行政诉讼", "未收取…费用". */
export interface ZeroClaim extends ClaimBase {
  kind: 'zero';
  subject: 'review' | 'litigation' | 'infoFee';
}

/** "占 43.9%" (a share of a base) or "办结率 100%" (a rate that cannot exceed 100 %). */
export interface PercentClaim extends ClaimBase {
  kind: 'percent';
  role: 'share' | 'rate';
  percent: Quantity;
  /** For shares: the count the share is of (the figure before "占"), when the sentence states it. */
  part?: Quantity;
  /** For shares: the whole, when the sentence states it (an explicit "占…N件的", or the total of a 其中 list). */
  base?: Quantity;
  /** For rates: the rate's name (办结率, 满意度 …). */
  metric?: string;
}

/** "同比增长 12%", "较上年下降 300%", "较去年减少 5 件". */
export interface ChangeClaim extends ClaimBase {
  kind: 'change';
  direction: 'increase' | 'decrease';
  /** The change: unit % (relative), 个百分点, or a count unit (absolute). */
  amount: Quantity;
  /** Last year's figure when the sentence states it ("较上年的 40 件下降 20%"). */
  previous?: Quantity;
  /** This year's figure the change is about, when the sentence states it before the comparison. */
  current?: Quantity;
}

/** "共 2098 条，其中 a 条、b 条、c 条". */
export interface SubtotalClaim extends ClaimBase {
  kind: 'subtotal';
  total: Quantity;
  parts: Quantity[];
  /** The words naming each part ("通过门户网站发布各类信息"), in the order of `parts`. */
  labels: string[];
  /** The list ends with 其余/其他 N, so it means to be complete: Σ parts should equal the total. */
  exhaustive: boolean;
}

/** "均获维持", "均维持": every case of the kind ended 维持. */
export interface AllMaintainedClaim extends ClaimBase {
  kind: 'allMaintained';
  subject: 'review' | 'litigation' | 'any';
  /** The sentence also speaks of cases not yet concluded (尚未审结), so the phrase covers the concluded ones only. */
  concludedOnly: boolean;
}

/** Everything a sentence can claim. */
export type Claim =
  CountClaim | OutcomeClaim | ZeroClaim | PercentClaim | ChangeClaim | SubtotalClaim | AllMaintainedClaim;

/** What the sentences before this one established (see extractAllClaims). */
export interface ClaimContext {
  /** The paragraph is about requests for disclosure (依申请公开), so a bare "办结 54 件" is about them. */
  topic?: 'applications';
  /** The report year, to read "结转至2024年" as 结转下年度 in a 2023 report. */
  reportYear?: number;
  /**
   * The total a list of shares runs under when the list began in an earlier sentence: "主动公开信息 1913 条。其中，
   * A 1397 条，占 73%。B 534 条，占 27%。" — 1913 is the base of both shares.
   */
  listTotal?: Quantity;
}

/** A figure with the words around it that decide what it means. */
export interface Slot {
  q: Quantity;
  /** Words since the previous figure or the start of the clause, whitespace removed. */
  lead: string;
  /** Offset where `lead` starts. */
  leadStart: number;
  /** Inside （…）: a parenthetical detail, never a list item of its own. */
  inBrackets: boolean;
  /** A "其中" comes before it in the sentence: it is a part of something. */
  afterQizhong: boolean;
  /** The year the sentence puts it under, if it names one ("2022 年我局收到…"). */
  year?: number;
}
