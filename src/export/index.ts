/** Exports of audit results: values/findings CSV, tables TSV, JSON, file names. Pure: runs in Node and browsers. */
export { valuesToCsv, findingsToCsv, tablesToTsv, tableToCsv, cellKey, type CsvOptions } from './csv';
export { cellPath, cellPathLabel, templateUnit, type CellPath } from './labels';
export { localTime } from './time';
export { toJson, type ReportsJson, type ReportJson, type TableJson, type FindingJson } from './json';
export { exportFileName, tableFileName } from './filename';
export { guardCell } from './guard';
export { stripBidi, stripBidiDeep } from './bidi';
