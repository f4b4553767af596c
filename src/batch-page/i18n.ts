/**
 * The batch page's strings, Chinese first. Kept here rather than in _locales: the page's messages take counts and
 * addresses, and a typed table makes the compiler check that both languages have every message with its arguments.
 */
import type { Lang } from '../model';

const zh = {
  title: '年报核查 · 全部核查',
  switchLanguage: 'English',
  listing: '目录页',
  noListing: '缺少目录页地址。请在目录页上点击工具栏按钮，再点“全部核查”。',
  reading: '正在读取目录及其翻页…',
  found: (links: number, pages: number) => `目录共 ${pages} 页，列出 ${links} 份年度报告`,
  truncated: '（页数过多，后面的页未读取）',
  progress: (done: number, total: number) => `已核查 ${done} / ${total}`,
  failedCount: (n: number) => `无法读取 ${n}`,
  skippedCount: (n: number) => `已有记录、未重新下载 ${n}`,
  fetching: '正在下载：',
  cancel: '取消',
  cancelled: '已取消。已完成的结果都已保存，重新打开本页或点“继续”即可接着核查。',
  resume: '继续',
  reaudit: '全部重新核查',
  finished: (audited: number, skipped: number, followed: number) =>
    `完成：本次核查 ${audited} 页${skipped > 0 ? `，${skipped} 页已有记录未重新下载` : ''}${followed > 0 ? `，另跟随链接核查上年报告 ${followed} 份` : ''}。`,
  listingFailed: '无法读取目录页：',
  stopped: '批量核查已停止：',
  colAgency: '机关',
  colYear: '年度',
  colFormat: '格式',
  colErrors: '错误',
  colWarnings: '警告',
  colCrossYear: '跨年度',
  colPublished: '发布日期',
  colPage: '页面',
  sortBy: (column: string) => `按“${column}”排序`,
  statusNotReport: '不是年度报告',
  statusFailed: '无法读取',
  statusSkipped: '已跳过',
  skipped: (n: number) => `${n} 页未下载或未读取：不是 http(s) 链接，或在未授权的网站上（见下表“已跳过”的说明）。`,
  open: '打开',
  openTitle: '在新标签页打开该页面（页面上会标出问题）',
  details: '详情',
  noFindings: '未发现问题',
  previousReport: '上年报告',
  comparedWith: '已与上年报告比对：',
  empty: '还没有结果。',
  exportSummary: '汇总 CSV',
  exportData: '全部数据 CSV',
  exportFindings: '全部问题 CSV',
  exportJson: 'JSON',
  downloaded: (name: string) => `已下载 ${name}`,
  memory: (pages: number, reports: number, size: string) =>
    `本地记录：${pages} 页（其中年度报告 ${reports} 份），${size}。只保存在本浏览器中，用于跨年度比对和续查。`,
  memoryUnavailable: '无法使用本地记录：',
  forget: '清除全部记录',
  forgetConfirm: '再点一次确认清除',
  forgotten: '已清除全部记录。',
  permission: '需要访问该网站的权限才能下载其页面。',
  grant: '授予权限并开始',
  totals: (t: {
    pages: number;
    withErrors: number;
    warningsOnly: number;
    clean: number;
    notAudited: number;
    failed: number;
  }) =>
    `共 ${t.pages} 页：有错误 ${t.withErrors} · 仅有警告 ${t.warningsOnly} · 未发现问题 ${t.clean} · 未核查 ${t.notAudited} · 无法读取 ${t.failed}`,
  onlyProblems: '只看有问题的报告',
  colFirst: '首个问题',
  chartByRule: '各规则发现的问题',
  chartByBody: '各机关的问题',
  chartNone: '没有发现错误或警告。',
  chartMore: (n: number) => `另 ${n} 项`,
} as const;

type Catalogue = {
  [K in keyof typeof zh]: (typeof zh)[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

const en: Catalogue = {
  title: 'Report auditor · audit all',
  switchLanguage: '中文',
  listing: 'Listing',
  noListing: 'No listing address. Open a listing page, click the toolbar button, then "Audit all".',
  reading: 'Reading the listing and its pages…',
  found: (links, pages) => `${links} annual reports listed on ${pages} page${pages === 1 ? '' : 's'}`,
  truncated: ' (too many pages; later pages not read)',
  progress: (done, total) => `Audited ${done} / ${total}`,
  failedCount: (n) => `${n} unreadable`,
  skippedCount: (n) => `${n} already stored, not fetched again`,
  fetching: 'Fetching: ',
  cancel: 'Cancel',
  cancelled: 'Cancelled. Everything done so far is saved; reopen this page or click "Resume" to go on.',
  resume: 'Resume',
  reaudit: 'Re-audit all',
  finished: (audited, skipped, followed) =>
    `Done: ${audited} pages audited${skipped > 0 ? `, ${skipped} already stored and not fetched again` : ''}${followed > 0 ? `, ${followed} of last year's reports reached by following links` : ''}.`,
  listingFailed: 'Cannot read the listing: ',
  stopped: 'The batch stopped: ',
  colAgency: 'Agency',
  colYear: 'Year',
  colFormat: 'Format',
  colErrors: 'Errors',
  colWarnings: 'Warnings',
  colCrossYear: 'Across years',
  colPublished: 'Published',
  colPage: 'Page',
  sortBy: (column) => `Sort by ${column}`,
  statusNotReport: 'Not an annual report',
  statusFailed: 'Unreadable',
  statusSkipped: 'Skipped',
  skipped: (n) =>
    `${n} page${n === 1 ? ' was' : 's were'} not fetched or not read: not an http(s) link, or on a site not granted (see "Skipped" below).`,
  open: 'Open',
  openTitle: 'Open the page in a new tab (its findings are marked on it)',
  details: 'Details',
  noFindings: 'No findings',
  previousReport: "Last year's report",
  comparedWith: "Compared with last year's report: ",
  empty: 'No results yet.',
  exportSummary: 'Summary CSV',
  exportData: 'All data CSV',
  exportFindings: 'All findings CSV',
  exportJson: 'JSON',
  downloaded: (name) => `Downloaded ${name}`,
  memory: (pages, reports, size) =>
    `Kept locally: ${pages} pages (${reports} annual reports), ${size}. Only in this browser, for the cross-year checks and resuming.`,
  memoryUnavailable: 'Local memory unavailable: ',
  forget: 'Forget all',
  forgetConfirm: 'Click again to forget all',
  forgotten: 'Everything was forgotten.',
  permission: 'Access to this site is needed to download its pages.',
  grant: 'Grant access and start',
  totals: (t) =>
    `${t.pages} pages: with errors ${t.withErrors} · warnings only ${t.warningsOnly} · no problems found ${t.clean} · not audited ${t.notAudited} · unreadable ${t.failed}`,
  onlyProblems: 'Only reports with problems',
  colFirst: 'First problem',
  chartByRule: 'Findings per rule',
  chartByBody: 'Findings per body',
  chartNone: 'No errors or warnings found.',
  chartMore: (n) => `${n} more`,
};

/** The batch page's strings in `lang`. */
export function strings(lang: Lang): Catalogue {
  return lang === 'zh' ? zh : en;
}

/** A byte count for people: "1.2 MB", "340 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
