/** The tables tab: T2/T3/T4 as read from the page, as real grids, with inconsistent and span-filled cells marked. */
import type { AuditResult, ExtractedTable, Lang, TableId } from '../model';
import { sourceKey } from '../extract/source';
import type { Merge } from '../platform/messages';
import { tableGrid } from './grid';
import { t } from './i18n';
import { STATUS_LABEL, tableName } from './ReportView';

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
  return (
    <div class="tables">
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
        <TableBlock key={table.id} lang={lang} table={table} result={result} merges={merges[table.id]} onLocate={onLocate} />
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
  return (
    <section class="table-block" data-table={table.id}>
      <h3>
        {tableName(table.id, lang)} <span class={`status ${table.status}`}>{t(lang, STATUS_LABEL[table.status])}</span>
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
                    return (
                      <td
                        key={c}
                        rowSpan={cell.rowspan}
                        colSpan={cell.colspan}
                        class={classes.join(' ')}
                        title={cell.fromSpan ? t(lang, 'spanCellTitle') : cell.value ? undefined : cell.text}
                        data-severity={cell.severity}
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
    </section>
  );
}
