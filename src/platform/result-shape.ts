/**
 * Shape check of an AuditResult that arrived in a message: everything the popup reads is verified, so a malformed
 * or foreign message shows the "error" state instead of crashing the UI halfway through rendering.
 */
import type { AuditResult } from '../model';

/** True when `value` has the shape of an AuditResult (required fields and the optional ones the UI reads). */
export function isAuditResult(value: unknown): value is AuditResult {
  if (!isRecord(value)) return false;
  if (!isStringArray(value.rulesRun) || typeof value.auditedAt !== 'string') return false;
  if (!Array.isArray(value.findings) || !value.findings.every(isFinding)) return false;
  return isReport(value.report);
}

const SEVERITIES = new Set(['error', 'warning', 'info']);
const FORMATS = new Set(['2021', '2019', 'legacy', 'unknown']);
const TABLE_IDS = new Set(['T2', 'T3', 'T4']);
const STATUSES = new Set(['ok', 'partial', 'positional', 'not-recognised', 'image', 'attachment', 'missing']);
const KINDS = new Set(['int', 'decimal', 'blank', 'invalid']);

/** True when `value` has the shape of a Report (what isAuditResult checks of `result.report`). */
export function isReport(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (typeof value.source !== 'string' || typeof value.detected !== 'boolean') return false;
  if (typeof value.format !== 'string' || !FORMATS.has(value.format)) return false;
  if (!optional(value.title, isString) || !optional(value.agency, isString)) return false;
  if (!optional(value.year, isYear) || !isStringArray(value.attachments)) return false;
  if (!isRecord(value.tables)) return false;
  return Object.entries(value.tables).every(([id, table]) => TABLE_IDS.has(id) && isTable(table, id));
}

function isTable(value: unknown, id: string): boolean {
  if (!isRecord(value) || value.id !== id) return false;
  if (typeof value.status !== 'string' || !STATUSES.has(value.status)) return false;
  if (!Array.isArray(value.values) || !value.values.every(isCellValue)) return false;
  if (!isStringArray(value.missingRows) || !isStringArray(value.missingColumns)) return false;
  if (!optional(value.links, isStringArray) || !optional(value.source, isSourceRef)) return false;
  return optional(value.grid, (grid) => Array.isArray(grid) && grid.every(isStringArray));
}

function isCellValue(value: unknown): boolean {
  if (!isCellRef(value)) return false;
  const cell = value as Record<string, unknown>;
  return (
    typeof cell.raw === 'string' &&
    typeof cell.kind === 'string' &&
    KINDS.has(cell.kind) &&
    (cell.value === null || isNumber(cell.value)) &&
    typeof cell.blank === 'boolean' &&
    typeof cell.fromSpan === 'boolean' &&
    typeof cell.rowLabel === 'string' &&
    typeof cell.columnLabel === 'string' &&
    optional(cell.src, isSourceRef)
  );
}

/** True when `value` has the shape of a Finding. */
export function isFinding(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (typeof value.rule !== 'string' || typeof value.messageId !== 'string' || typeof value.message !== 'string') {
    return false;
  }
  if (typeof value.severity !== 'string' || !SEVERITIES.has(value.severity)) return false;
  if (!isRecord(value.data) || !Object.values(value.data).every((v) => isString(v) || isNumber(v))) return false;
  if (!Array.isArray(value.cells) || !value.cells.every(isFindingCell)) return false;
  return optional(value.sentence, (s) => isRecord(s) && isString(s.text) && optional(s.src, isSourceRef));
}

function isFindingCell(value: unknown): boolean {
  return isCellRef(value) && isString(value.text) && optional(value.src, isSourceRef);
}

function isCellRef(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    typeof value.table === 'string' &&
    TABLE_IDS.has(value.table) &&
    isString(value.row) &&
    isString(value.column)
  );
}

function isSourceRef(value: unknown): boolean {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case 'cell':
      return isIndex(value.table) && isIndex(value.row) && isIndex(value.col);
    case 'line':
      return isIndex(value.line);
    case 'text':
      return isIndex(value.block) && isIndex(value.start) && isIndex(value.end) && value.start <= value.end;
    case 'box':
      return isIndex(value.page) && isNumber(value.x) && isNumber(value.y) && isNumber(value.w) && isNumber(value.h);
    default:
      return false;
  }
}

function optional(value: unknown, check: (v: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** An index into the page (table, row, column, line, character): a non-negative safe integer, bounded. */
function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_INDEX;
}

/** A report year: four digits at most. */
function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= 9999;
}

/** The same bound as messages.ts MAX_COUNT (kept here: messages.ts imports this module). */
const MAX_INDEX = 1_000_000_000;

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString);
}
