/** File names for downloads and CLI output: "<agency>-<year>-年报数据.csv", safe on Windows, macOS and Linux. */
import type { AuditResult, TableId } from '../model';
import { stripBidi } from './bidi';

const WHAT: Record<'data' | 'findings', string> = { data: '年报数据', findings: '核查结果' };
// Reserved on Windows or meaningful to shells; control characters are never wanted in a name.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_STEM = 80;

/** A sanitised file name for exporting one result's data or findings, e.g. "金乡县公安局-2023-年报数据.csv". */
export function exportFileName(result: AuditResult, what: 'data' | 'findings', ext: string): string {
  const { report } = result;
  const name = clean(report.agency ?? '') || clean(report.title ?? '') || clean(hostOf(report.source)) || '年报';
  const parts = [name.slice(0, MAX_STEM), report.year !== undefined ? String(report.year) : '', WHAT[what]];
  const stem = parts.filter(Boolean).join('-');
  const suffix = clean(ext.replace(/^\.+/, '')).replace(/[\s.]+/g, '');
  return suffix ? `${stem}.${suffix}` : stem;
}

/** A file name for one table of a result, e.g. "金乡县公安局-2023-表三.csv". */
export function tableFileName(result: AuditResult, id: TableId, ext: string): string {
  return exportFileName(result, 'data', ext).replace(/年报数据(?=\.|$)/, TABLE_WORD[id]);
}

const TABLE_WORD: Record<TableId, string> = { T2: '表二', T3: '表三', T4: '表四' };

function clean(text: string): string {
  return stripBidi(text)
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s_]+|[.\s_]+$/g, '');
}

function hostOf(source: string): string {
  try {
    return new URL(source).hostname;
  } catch {
    // A file path: its last segment without extension.
    return (
      source
        .split(/[\\/]/)
        .pop()
        ?.replace(/\.[^.]*$/, '') ?? ''
    );
  }
}
