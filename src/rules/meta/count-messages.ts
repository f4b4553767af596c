/**
 * The messages of a "text vs. table" count rule, over countData's fields (src/rules/lib/facts.ts): `mismatch` for an
 * exact figure that differs, `needsReview` for an approximate one (reportVerdict chooses).
 */
export const COUNT_MESSAGES = {
  mismatch: {
    zh: '正文“{{claim}}”与表格不符：{{cell}}为 {{actual}}，正文为 {{stated}}',
    en: 'The text “{{claim}}” disagrees with the table: {{cell}} is {{actual}}, the text says {{stated}}',
  },
  needsReview: {
    zh: '请人工核对：正文“{{claim}}”为约数（{{stated}}），{{cell}}为 {{actual}}',
    en: 'Needs review: the text “{{claim}}” is approximate ({{stated}}); {{cell}} is {{actual}}',
  },
} as const;
