import { describe, expect, it, vi } from 'vitest';
import zh from '../../public/_locales/zh_CN/messages.json' with { type: 'json' };
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import { t } from './i18n';

describe('locales', () => {
  it('have the same keys, every message non-empty, and the same $n substitutions', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const subs = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    for (const [key, entry] of Object.entries(zh)) {
      const other = (en as Record<string, { message: string }>)[key]!;
      expect(entry.message.trim(), key).not.toBe('');
      expect(other.message.trim(), key).not.toBe('');
      expect(subs(other.message), key).toEqual(subs(entry.message));
    }
  });

  it('name the extension for the manifest (__MSG_*__ keys)', () => {
    for (const key of ['extName', 'extShortName', 'extDescription', 'actionTitle']) expect(zh).toHaveProperty(key);
    // Chrome Web Store limits: name 75 characters, description 132.
    expect(zh.extName.message.length).toBeLessThanOrEqual(75);
    expect(en.extDescription.message.length).toBeLessThanOrEqual(132);
    expect(zh.extDescription.message.length).toBeLessThanOrEqual(132);
  });
});

describe('t', () => {
  it('speaks Chinese first and substitutes $1', () => {
    expect(t('zh', 'countError', 3)).toBe('3 个错误');
    expect(t('en', 'countError', 3)).toBe('3 error(s)');
    expect(t('en', 'notReportTables', 0)).toBe('This page has 0 table(s).');
  });
});

describe('loadLocale', () => {
  it('loads one language at a time; until then t answers in one that is loaded, Chinese first', async () => {
    vi.resetModules();
    const fresh = await import('./i18n');
    expect(fresh.hasLocale('en')).toBe(false);
    expect(fresh.t('en', 'countError', 3)).toBe('countError');
    await fresh.loadLocale('zh');
    expect(fresh.hasLocale('en')).toBe(false);
    expect(fresh.t('en', 'countError', 3)).toBe('3 个错误');
    await fresh.loadLocale('en');
    expect(fresh.t('en', 'countError', 3)).toBe('3 error(s)');
  });
});
