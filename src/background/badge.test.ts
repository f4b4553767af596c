import { describe, expect, it } from 'vitest';
import { BADGE_AMBER, BADGE_GREEN, BADGE_GREY, BADGE_RED, badgeCount, lookFor, titleFor } from './badge';

const summary = (detected: boolean, errors: number, warnings: number, audited = 3) =>
  ({ type: 'summary', detected, errors, warnings, audited, agency: '青山县交通运输局', year: 2023 }) as const;

describe('lookFor', () => {
  it('shows the error count on red, even when there are warnings too', () => {
    expect(lookFor(summary(true, 3, 5))).toMatchObject({
      text: '3',
      background: BADGE_RED,
      textColor: '#FFFFFF',
      found: true,
    });
  });

  it('shows the warning count on amber with dark text when there are only warnings', () => {
    expect(lookFor(summary(true, 0, 2))).toMatchObject({
      text: '2',
      background: BADGE_AMBER,
      textColor: '#202124',
      found: true,
    });
  });

  it('shows a green ✓ and the "found" icon for a report audited clean', () => {
    expect(lookFor(summary(true, 0, 0))).toMatchObject({ text: '✓', background: BADGE_GREEN, found: true });
  });

  it('shows a grey "?" for a clean report whose tables were not all audited — never a ✓', () => {
    expect(lookFor(summary(true, 0, 0, 0))).toMatchObject({ text: '?', background: BADGE_GREY, found: true });
    expect(lookFor(summary(true, 0, 0, 2))).toMatchObject({ text: '?', background: BADGE_GREY });
    // Findings still come first: an error found in the one table that was read is shown as such.
    expect(lookFor(summary(true, 1, 0, 1))).toMatchObject({ text: '1', background: BADGE_RED });
  });

  it('takes a summary without `audited` (an older content script) as fully audited', () => {
    expect(lookFor({ type: 'summary', detected: true, errors: 0, warnings: 0 })).toMatchObject({ text: '✓' });
  });

  it('shows nothing for a page that is not a report, whatever the counts', () => {
    expect(lookFor(summary(false, 4, 1))).toMatchObject({ text: '', found: false });
    expect(lookFor(null)).toMatchObject({ text: '', found: false });
  });
});

describe('titleFor', () => {
  it('says what the badge shows, in words, with the report it is about', () => {
    expect(titleFor(summary(true, 2, 1), 'zh')).toBe('2 个错误 · 1 个警告 — 青山县交通运输局 2023 年报');
    expect(titleFor(summary(true, 2, 1), 'en')).toBe('2 error(s) · 1 warning(s) — 青山县交通运输局 2023 annual report');
    expect(titleFor(summary(true, 0, 1), 'zh')).toBe('1 个警告 — 青山县交通运输局 2023 年报');
    expect(titleFor(summary(true, 0, 0), 'zh')).toBe('核查完成，未发现问题 — 青山县交通运输局 2023 年报');
    expect(titleFor(summary(true, 0, 0, 0), 'zh')).toBe(
      '统计表未核查（图片、附件或无法识别） — 青山县交通运输局 2023 年报',
    );
    expect(titleFor(summary(true, 0, 0, 2), 'zh')).toBe(
      '未发现问题，但有 1 张统计表未核查 — 青山县交通运输局 2023 年报',
    );
    expect(titleFor(summary(true, 0, 0, 1), 'en')).toBe(
      'No problems found, but 2 of the tables were not audited — 青山县交通运输局 2023 annual report',
    );
  });

  it('names a listing, and keeps the resting title elsewhere', () => {
    expect(titleFor({ type: 'summary', detected: false, errors: 0, warnings: 0, listing: 12 }, 'zh')).toBe(
      '本页列出 12 份年度报告 — 年报核查：核查本页的政府信息公开年报',
    );
    expect(titleFor(null, 'zh')).toBe('年报核查：核查本页的政府信息公开年报');
    expect(titleFor(summary(false, 3, 0), 'en')).toBe('Gov Report Auditor: audit this page’s annual report');
    expect(titleFor({ type: 'summary', detected: true, errors: 1, warnings: 0 }, 'zh')).toBe('1 个错误 — 年度报告');
  });
});

describe('badgeCount', () => {
  it.each([
    [1, '1'],
    [99, '99'],
    [100, '99+'],
    [123456, '99+'],
    [0, ''],
    [-1, ''],
    [Number.NaN, ''],
  ])('%s → %j', (n, text) => {
    expect(badgeCount(n)).toBe(text);
    expect(badgeCount(n).length).toBeLessThanOrEqual(4);
  });
});
