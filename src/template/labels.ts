/**
 * Bilingual names of the tables, rows and columns, so messages can name a cell in either locale.
 * Chinese names are the template's labels (as printed in the national format); English ones are ours.
 */
import type { LocalText, TableId } from '../model';
import { T2_BLOCKS, T3_COLUMNS, T3_ROWS, T3_ROWS_2019, T4_COLUMNS, T4_ROWS } from './index';

/** The tables by the section they belong to. */
export const TABLE_NAMES: Readonly<Record<TableId, LocalText>> = {
  T2: { zh: '表二（主动公开政府信息情况）', en: 'Table 2 (proactive disclosure)' },
  T3: { zh: '表三（收到和处理政府信息公开申请情况）', en: 'Table 3 (requests received and handled)' },
  T4: { zh: '表四（行政复议、行政诉讼情况）', en: 'Table 4 (administrative review and litigation)' },
};

/** Short table names for messages that also name a cell. */
export const TABLE_SHORT: Readonly<Record<TableId, LocalText>> = {
  T2: { zh: '表二', en: 'Table 2' },
  T3: { zh: '表三', en: 'Table 3' },
  T4: { zh: '表四', en: 'Table 4' },
};

/** 表四's row groups as the format prints them, outer heading first ("行政诉讼" › "未经复议直接起诉"). */
export const T4_ROW_PATHS: Readonly<Record<string, { zh: readonly string[]; en: readonly string[] }>> = {
  review: { zh: ['行政复议'], en: ['Administrative review'] },
  direct: { zh: ['行政诉讼', '未经复议直接起诉'], en: ['Litigation', 'Direct suit'] },
  postReview: { zh: ['行政诉讼', '复议后起诉'], en: ['Litigation', 'Suit after review'] },
};

/** 表四's row groups by the short names sentences use ("直接起诉1件"), for messages that list cells. */
export const T4_SHORT_ROWS: Readonly<Record<string, LocalText>> = {
  review: { zh: '行政复议', en: 'review' },
  direct: { zh: '直接起诉', en: 'direct lawsuits' },
  postReview: { zh: '复议后起诉', en: 'lawsuits after review' },
};

/** 表四's outcome columns by the short names readers use in sums ("维持1+纠正0+其他0+尚未审结0"). */
export const T4_SHORT_COLUMNS: Readonly<Record<string, LocalText>> = {
  maintain: { zh: '维持', en: 'upheld' },
  correct: { zh: '纠正', en: 'corrected' },
  other: { zh: '其他', en: 'other' },
  pending: { zh: '尚未审结', en: 'pending' },
};

/** Bilingual label of a row of the given table (falls back to the key). */
export function rowName(table: TableId, key: string): LocalText {
  const en = EN_ROWS[table][key];
  const zh = ZH_ROWS[table].get(key);
  return { zh: zh ?? en ?? key, en: en ?? zh ?? key };
}

/** Bilingual label of a column of the given table; T4 keys may be `total` or `review.total`. */
export function columnName(table: TableId, key: string): LocalText {
  const bare = table === 'T4' ? (key.split('.').pop() ?? key) : key;
  const en = EN_COLUMNS[table][bare];
  const zh = ZH_COLUMNS[table].get(bare);
  return { zh: zh ?? en ?? key, en: en ?? zh ?? key };
}

/** Short Chinese row labels without their numbering ("（一）予以公开" → "予以公开"), for sums in messages. */
export function shortRowName(table: TableId, key: string): LocalText {
  const { zh, en } = rowName(table, key);
  return {
    zh: zh.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\d+\./u, '').replace(/（.*）$/u, ''),
    en,
  };
}

const ZH_ROWS: Record<TableId, Map<string, string>> = {
  T2: new Map(T2_BLOCKS.flatMap((b) => b.rows.map((r) => [r.key, r.label] as const))),
  T3: new Map([...T3_ROWS, ...T3_ROWS_2019].map((r) => [r.key, r.label] as const)),
  T4: new Map(T4_ROWS.map((r) => [r.key, r.label] as const)),
};

const ZH_COLUMNS: Record<TableId, Map<string, string>> = {
  T2: new Map(T2_BLOCKS.flatMap((b) => b.columns.map((c) => [c.key, c.label] as const))),
  T3: new Map(T3_COLUMNS.map((c) => [c.key, c.label] as const)),
  T4: new Map(T4_COLUMNS.map((c) => [c.key, c.label] as const)),
};

const EN_ROWS: Record<TableId, Record<string, string>> = {
  T2: {
    rules: 'Regulations (规章)',
    normative: 'Normative documents (行政规范性文件)',
    license: 'Administrative licensing',
    penalty: 'Administrative penalties',
    coercion: 'Administrative coercion',
    fees: 'Administrative fees',
  },
  T3: {
    newReceived: 'I. New requests this year',
    carriedOver: 'II. Carried over from last year',
    granted: '(1) Disclosed',
    partialGrant: '(2) Partly disclosed',
    'denied.stateSecret': 'Not disclosed: state secret',
    'denied.lawForbidden': 'Not disclosed: forbidden by other laws',
    'denied.safetyStability': 'Not disclosed: endangers security or stability',
    'denied.thirdParty': 'Not disclosed: third-party rights',
    'denied.internalAffairs': 'Not disclosed: internal affairs',
    'denied.processInfo': 'Not disclosed: process information',
    'denied.enforcementCase': 'Not disclosed: enforcement case files',
    'denied.adminQuery': 'Not disclosed: administrative enquiry',
    'unable.noInfo': 'Unable: information not held',
    'unable.needCreation': 'Unable: would have to be created',
    'unable.unclear': 'Unable: still unclear after correction',
    'notProcessed.complaint': 'Not processed: petitions and complaints',
    'notProcessed.repeat': 'Not processed: repeated request',
    'notProcessed.publication': 'Not processed: published material',
    'notProcessed.massive': 'Not processed: mass repeated requests',
    'notProcessed.confirm': 'Not processed: confirmation or reissue',
    'other.overdueCorrection': 'Other: correction overdue',
    'other.overdueFee': 'Other: fee not paid',
    'other.other': 'Other: other',
    other: '(6) Other handling',
    totalProcessed: '(7) Total handled',
    carriedForward: 'IV. Carried forward to next year',
  },
  T4: {
    review: 'Administrative review',
    direct: 'Litigation without prior review',
    postReview: 'Litigation after review',
  },
};

const EN_COLUMNS: Record<TableId, Record<string, string>> = {
  T2: {
    issued: 'issued this year',
    repealed: 'repealed this year',
    valid: 'currently valid',
    decisions: 'decisions this year',
    amount: 'fees this year (10,000 yuan)',
  },
  T3: {
    naturalPerson: 'natural persons',
    commercial: 'businesses',
    research: 'research institutions',
    social: 'public-interest organisations',
    legal: 'legal service institutions',
    other: 'other organisations',
    total: 'total',
  },
  T4: { maintain: 'upheld', correct: 'corrected', other: 'other result', pending: 'pending', total: 'total' },
};
