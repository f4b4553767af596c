/**
 * The tables tab: T2/T3/T4 as read from the page, as real grids, with inconsistent and span-filled cells marked.
 * Jump links (with each table's findings) lead to the tables; hovering or focusing a marked cell shows its finding;
 * clicking any cell — label or value — locates it in the page; each table downloads alone "as on the page" (CSV).
 */
import { useState } from 'preact/hooks';
import type { AuditResult, ExtractedTable, Finding, Lang, Severity, TableId } from '../model';
import { sourceKey } from '../extract/source';
import type { Merge } from '../platform/messages';
import { download, tableFile } from '../ui/download';
import { tableGrid } from './grid';
import { t } from './i18n';
import { STATUS_LABEL, tableName } from './table-labels';

/** Every table the extractor returned, in section order. */
export function TablesView({
  lang,
  result,
  merges,
  onLocate,
}: {
  lang: Lang;
  result: AuditResult;
  merges: Partial<Record<TableId, Merge[]>>;
  onLocate: (key: string) => Promise<boolean>;
}) {
  const tables = (['T2', 'T3', 'T4'] as const).flatMap((id) => {
    const table = result.report.tables[id];
    return table ? [table] : [];
  });
  if (tables.length === 0) return <p class="empty">{t(lang, 'noTables')}</p>;
  const findingsOn = findingsByTable(result.findings);
  return (
    <div class="tables">
      <nav class="jump" aria-label={t(lang, 'jumpLabel')}>
        {tables.map((table) => {
          const worst = worstOf(findingsOn.get(table.id) ?? []);
          const count = (findingsOn.get(table.id) ?? []).filter((f) => f.severity !== 'info').length;
          return (
            <a
              key={table.id}
              href={`#table-${table.id}`}
              class={`jump-link ${worst ?? ''}`}
              data-jump={table.id}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(`table-${table.id}`)?.scrollIntoView?.({ block: 'start' });
              }}
            >
              {TABLE_WORDS[table.id][lang]}
              {count > 0 && <span class="jump-count"> {count}</span>}
            </a>
          );
        })}
      </nav>
      <p class="legend">
        <span class="legend-item">
          <span class="swatch error" /> {t(lang, 'legendError')}
        </span>
        <span class="legend-item">
          <span class="swatch warning" /> {t(lang, 'legendWarning')}
        </span>
        <span class="legend-item">
          <span class="swatch span" /> {t(lang, 'legendSpan')}
        </span>
      </p>
      {tables.map((table) => (
        <TableBlock
          key={table.id}
          lang={lang}
          table={table}
          result={result}
          merges={merges[table.id]}
          onLocate={onLocate}
        />
      ))}
    </div>
  );
}

function TableBlock({
  lang,
  table,
  result,
  merges,
  onLocate,
}: {
  lang: Lang;
  table: ExtractedTable;
  result: AuditResult;
  merges: Merge[] | undefined;
  onLocate: (key: string) => Promise<boolean>;
}) {
  const grid = tableGrid(table, result.findings, sourceKey, merges);
  const messages = messagesByKey(result.findings);
  const [info, setInfo] = useState<string | null>(null);
  const file = () => tableFile(result, table.id, lang);
  return (
    <section class="table-block" data-table={table.id} id={`table-${table.id}`}>
      <h3>
        {tableName(table.id, lang)} <span class={`status ${table.status}`}>{t(lang, STATUS_LABEL[table.status])}</span>
        {grid && (
          <button
            type="button"
            class="table-csv"
            data-export={`table-${table.id}`}
            title={t(lang, 'exportTableCsvTitle')}
            onClick={() => {
              const f = file();
              if (f) download(document, f);
            }}
          >
            {t(lang, 'exportTableCsv')}
          </button>
        )}
      </h3>
      {table.missingRows.length > 0 && <p class="note">{t(lang, 'missingRows', table.missingRows.join('、'))}</p>}
      {table.missingColumns.length > 0 && (
        <p class="note">{t(lang, 'missingColumns', table.missingColumns.join('、'))}</p>
      )}
      {grid && (
        <div class="grid-scroll">
          <table class="grid">
            <tbody>
              {grid.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => {
                    const classes = [
                      cell.value ? 'value' : 'label',
                      cell.header ? 'header' : '',
                      cell.severity ?? '',
                      cell.severity && cell.role ? `role-${cell.role}` : '',
                      cell.fromSpan ? 'span' : '',
                    ].filter(Boolean);
                    const said = cell.key ? (messages.get(cell.key) ?? []) : [];
                    const tip =
                      [...said, ...(cell.fromSpan ? [t(lang, 'spanCellTitle')] : [])].join('\n') ||
                      (cell.value ? undefined : cell.text);
                    return (
                      <td
                        key={c}
                        rowSpan={cell.rowspan}
                        colSpan={cell.colspan}
                        class={classes.join(' ')}
                        title={tip}
                        data-severity={cell.severity}
                        tabIndex={cell.severity ? 0 : undefined}
                        onMouseEnter={said.length > 0 ? () => setInfo(said.join(' · ')) : undefined}
                        onFocus={said.length > 0 ? () => setInfo(said.join(' · ')) : undefined}
                        onKeyDown={(e) => {
                          if (cell.key && (e.key === 'Enter' || e.key === ' ')) {
                            e.preventDefault();
                            void onLocate(cell.key);
                          }
                        }}
                        onClick={cell.key ? () => void onLocate(cell.key!) : undefined}
                      >
                        {cell.text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {grid && (
        <p class={`cell-info${info ? '' : ' muted'}`} data-testid={`cell-info-${table.id}`} aria-live="polite">
          {info ?? t(lang, 'cellInfoHint')}
        </p>
      )}
    </section>
  );
}

const TABLE_WORDS: Record<TableId, { zh: string; en: string }> = {
  T2: { zh: '表二', en: 'Table 2' },
  T3: { zh: '表三', en: 'Table 3' },
  T4: { zh: '表四', en: 'Table 4' },
};

/** The findings that name a cell of each table. */
function findingsByTable(findings: readonly Finding[]): Map<TableId, Finding[]> {
  const map = new Map<TableId, Finding[]>();
  for (const finding of findings) {
    for (const id of new Set(finding.cells.map((c) => c.table))) map.set(id, [...(map.get(id) ?? []), finding]);
  }
  return map;
}

function worstOf(findings: readonly Finding[]): Severity | undefined {
  return (['error', 'warning', 'info'] as const).find((s) => findings.some((f) => f.severity === s));
}

/** The messages of the findings on each page cell (by its source key), errors first. */
function messagesByKey(findings: readonly Finding[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const order = { error: 0, warning: 1, info: 2 } as const;
  for (const finding of [...findings].sort((a, b) => order[a.severity] - order[b.severity])) {
    for (const cell of finding.cells) {
      if (!cell.src) continue;
      const key = sourceKey(cell.src);
      const list = map.get(key) ?? [];
      if (!list.includes(finding.message)) list.push(finding.message);
      map.set(key, list);
    }
  }
  return map;
}
