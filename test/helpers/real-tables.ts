/**
 * Tables of real published reports, cell for cell as printed (blank cells as '' — for the report builder), for rule
 * tests that need a real report's figures. Each names its source.
 */
/**
 * 表三 of 2019年上海市人民政府办公厅政府信息公开工作年度报告 as published (2019 trial layout, one 其他处理 row; blank
 * cells as on the page). Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
 */
export const SHANGHAI_2019_T3: Record<string, Array<number | string>> = {
  newReceived: [821, 35, '', '', 2, 1, 859],
  carriedOver: [18, '', '', '', '', '', 18],
  granted: [258, 12, '', '', 1, 1, ''],
  partialGrant: [3, '', '', '', '', '', ''],
  'denied.stateSecret': [14, '', '', '', '', '', ''],
  'denied.lawForbidden': ['', '', '', '', '', '', ''],
  'denied.safetyStability': ['', '', '', '', '', '', ''],
  'denied.thirdParty': ['', '', '', '', '', '', ''],
  'denied.internalAffairs': [5, '', '', '', '', '', ''],
  'denied.processInfo': [3, 1, '', '', '', '', ''],
  'denied.enforcementCase': ['', '', '', '', '', '', ''],
  'denied.adminQuery': [10, 2, '', '', '', '', ''],
  'unable.noInfo': [252, 12, '', '', 1, '', ''],
  'unable.needCreation': [44, 3, '', '', '', '', ''],
  'unable.unclear': [25, '', '', '', '', '', ''],
  'notProcessed.complaint': [148, 1, '', '', '', '', ''],
  'notProcessed.repeat': [5, 4, '', '', '', '', ''],
  'notProcessed.publication': ['', '', '', '', '', '', ''],
  'notProcessed.massive': ['', '', '', '', '', '', ''],
  'notProcessed.confirm': ['', '', '', '', '', '', ''],
  other: ['', '', '', '', '', '', ''],
  totalProcessed: [767, 35, '', '', 2, 1, 805],
  carriedForward: [72, '', '', '', '', '', 72],
};
