/** Exports of audit results: values/findings CSV, tables TSV, JSON, file names. Pure: runs in Node and browsers. */
export { valuesToCsv, findingsToCsv, tablesToTsv, cellKey, type CsvOptions } from './csv';
export { toJson, type ReportsJson, type ReportJson, type TableJson, type FindingJson } from './json';
export { exportFileName } from './filename';
export { guardCell } from './guard';
export { stripBidi, stripBidiDeep } from './bidi';
