import { describe, expect, it } from 'vitest';
import { BADGE_AMBER, BADGE_RED, badgeCount, lookFor } from './badge';

const summary = (detected: boolean, errors: number, warnings: number) =>
  ({ type: 'summary', detected, errors, warnings }) as const;

describe('lookFor', () => {
  it('shows the error count on red, even when there are warnings too', () => {
    expect(lookFor(summary(true, 3, 5))).toEqual({ text: '3', background: BADGE_RED, textColor: '#FFFFFF', found: true });
  });

  it('shows the warning count on amber with dark text when there are only warnings', () => {
    expect(lookFor(summary(true, 0, 2))).toEqual({ text: '2', background: BADGE_AMBER, textColor: '#202124', found: true });
  });

  it('shows no badge but the "found" icon for a clean report', () => {
    expect(lookFor(summary(true, 0, 0))).toMatchObject({ text: '', found: true });
  });

  it('shows nothing for a page that is not a report, whatever the counts', () => {
    expect(lookFor(summary(false, 4, 1))).toMatchObject({ text: '', found: false });
    expect(lookFor(null)).toMatchObject({ text: '', found: false });
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
