/** The export bar: data CSV, findings CSV, Excel workbook, JSON downloads and "copy tables" (TSV) to the clipboard. */
import { useState } from 'preact/hooks';
import type { AuditResult, Lang } from '../model';
import { t } from './i18n';

/** Export buttons for one result; a short status line says what happened. */
export function Exports({ lang, result }: { lang: Lang; result: AuditResult }) {
  const [status, setStatus] = useState('');
  // The exporters load on the first click (well within the click's user activation): the popup paints without them.
  const save = async (what: 'data' | 'findings' | 'json') => {
    const { download, exportFiles } = await import('../ui/download');
    const file = exportFiles(result, lang)[what];
    download(document, file);
    setStatus(t(lang, 'downloaded', file.name));
  };
  // The workbook's writer is a chunk of its own, loaded on this click only (after the exporters).
  const saveXlsx = async () => {
    try {
      const { download, xlsxFile } = await import('../ui/download');
      const file = await xlsxFile(result, lang);
      download(document, file);
      setStatus(t(lang, 'downloaded', file.name));
    } catch {
      setStatus(t(lang, 'xlsxFailed'));
    }
  };
  const copy = async () => {
    try {
      const { tablesTsv } = await import('../ui/download');
      await navigator.clipboard.writeText(tablesTsv(result, lang));
      setStatus(t(lang, 'copied'));
    } catch {
      setStatus(t(lang, 'copyFailed'));
    }
  };
  return (
    <footer class="exports">
      <div class="buttons">
        <button
          type="button"
          data-export="data"
          title={t(lang, 'exportDataCsvTitle')}
          onClick={() => void save('data')}
        >
          {t(lang, 'exportDataCsv')}
        </button>
        <button
          type="button"
          data-export="findings"
          title={t(lang, 'exportFindingsCsvTitle')}
          onClick={() => void save('findings')}
        >
          {t(lang, 'exportFindingsCsv')}
        </button>
        <button type="button" data-export="xlsx" title={t(lang, 'exportXlsxTitle')} onClick={() => void saveXlsx()}>
          {t(lang, 'exportXlsx')}
        </button>
        <button type="button" data-export="json" title={t(lang, 'exportJsonTitle')} onClick={() => void save('json')}>
          {t(lang, 'exportJson')}
        </button>
        <button type="button" data-export="tsv" title={t(lang, 'copyTsvTitle')} onClick={() => void copy()}>
          {t(lang, 'copyTsv')}
        </button>
      </div>
      <p class="status" role="status">
        {status || t(lang, 'privacyNote')}
      </p>
    </footer>
  );
}
