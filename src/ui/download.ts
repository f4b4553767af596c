/**
 * Getting exports out of the popup and the batch page: a Blob behind an <a download> (no "downloads" permission
 * needed) and the clipboard for TSV (allowed for extension pages during the user's click).
 */
import type { AuditResult, Lang, TableId } from '../model';
import { exportFileName, findingsToCsv, tableFileName, tablesToTsv, tableToCsv, toJson, valuesToCsv } from '../export';

/** A file ready to download. */
export interface ExportFile {
  name: string;
  text: string;
  type: string;
}

/** A binary file ready to download (the .xlsx workbook). */
export interface BlobFile {
  name: string;
  blob: Blob;
}

/** The three downloadable exports of a result. CSVs carry a BOM so Excel and WPS read the Chinese text as UTF-8. */
export function exportFiles(result: AuditResult, lang: Lang): Record<'data' | 'findings' | 'json', ExportFile> {
  return {
    data: {
      name: exportFileName(result, 'data', 'csv'),
      text: valuesToCsv([result], { bom: true, lang }),
      type: 'text/csv;charset=utf-8',
    },
    findings: {
      name: exportFileName(result, 'findings', 'csv'),
      text: findingsToCsv([result], { bom: true, lang }),
      type: 'text/csv;charset=utf-8',
    },
    // JSON carries data and findings; no BOM (RFC 8259 forbids one).
    json: {
      name: exportFileName(result, 'findings', 'json'),
      text: `${JSON.stringify(toJson([result]), null, 2)}\n`,
      type: 'application/json;charset=utf-8',
    },
  };
}

/** One table "as on the page" (its wide grid) as CSV with a BOM; null when it has nothing to write. */
export function tableFile(result: AuditResult, id: TableId, lang: Lang): ExportFile | null {
  const text = tableToCsv(result, id, { bom: true, lang });
  return text === null ? null : { name: tableFileName(result, id, 'csv'), text, type: 'text/csv;charset=utf-8' };
}

/**
 * The .xlsx workbook (报告, the tables, 问题): its writer is a chunk of its own ("xlsx-…"), loaded only on this click.
 */
export async function xlsxFile(result: AuditResult, lang: Lang): Promise<BlobFile> {
  const { xlsxBlob } = await import('../export/xlsx');
  return { name: exportFileName(result, 'data', 'xlsx'), blob: await xlsxBlob(result, lang) };
}

/** The tables as TSV for the clipboard. */
export function tablesTsv(result: AuditResult, lang: Lang): string {
  return tablesToTsv(result, { lang });
}

/** Saves a file through a temporary object URL and an <a download> click. */
export function download(doc: Document, file: ExportFile | BlobFile): void {
  const url = URL.createObjectURL('blob' in file ? file.blob : new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously and needs the URL until then.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
