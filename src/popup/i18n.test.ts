import { describe, expect, it, vi } from 'vitest';
import zh from '../../public/_locales/zh_CN/messages.json' with { type: 'json' };
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import type { Finding } from '../model';
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

describe('the rules’ texts', () => {
  const data = { column: '总计', 'column@en': 'Total', newReceived: 1, carriedOver: 0, left: 1 };
  const finding: Omit<Finding, 'message'> = {
    rule: 't3-identity',
    messageId: 'mismatch',
    data,
    severity: 'error',
    cells: [],
  };

  it('load with a language: until then rule titles and messages answer in a loaded one, Chinese first', async () => {
    vi.resetModules();
    const fresh = await import('./i18n');
    const { RULES, renderMessage } = await import('../rules/meta');
    const before = { ...finding, message: 'as it came' };
    expect(fresh.ruleDescription('en', 't3-identity')).toBe('');
    expect(fresh.localiseFindings([before], 'en')[0]?.message).toBe('as it came');
    await fresh.loadLocale('zh');
    expect(fresh.ruleDescription('en', 't3-identity')).toBe(RULES['t3-identity']!.description.zh);
    expect(fresh.localiseFindings([before], 'en')[0]?.message).toBe(renderMessage(finding, 'zh'));
    expect(fresh.hasLocale('en')).toBe(false);
    await fresh.loadLocale('en');
    expect(fresh.hasLocale('en')).toBe(true);
    expect(fresh.ruleDescription('en', 't3-identity')).toBe(RULES['t3-identity']!.description.en);
    expect(fresh.localiseFindings([before], 'en')[0]?.message).toBe(renderMessage(finding, 'en'));
    expect(fresh.ruleDescription('en', 'no-such-rule')).toBe('');
  });

  it('are every rule’s, in each language, the same as the metadata renders', async () => {
    const { RULES, renderMessage } = await import('../rules/meta');
    const { localiseFindings, ruleDescription } = await import('./i18n');
    for (const meta of Object.values(RULES)) {
      for (const lang of ['zh', 'en'] as const) {
        expect(ruleDescription(lang, meta.id), meta.id).toBe(meta.description[lang]);
        for (const messageId of Object.keys(meta.messages)) {
          const f = { ...finding, rule: meta.id, messageId, message: '' };
          expect(localiseFindings([f], lang)[0]?.message, `${meta.id}/${messageId}`).toBe(renderMessage(f, lang));
        }
      }
    }
  });

  it('are taken from the metadata on a page that bundles it (the attachment page), not loaded again', async () => {
    vi.resetModules();
    const fresh = await import('./i18n');
    const { ruleStrings, RULES } = await import('../rules/meta');
    const source = vi.fn(ruleStrings);
    fresh.rulesFromMetadata(source);
    await fresh.loadLocale('en');
    expect(source).toHaveBeenCalledWith('en');
    expect(fresh.ruleDescription('en', 't3-identity')).toBe(RULES['t3-identity']!.description.en);
  });
});
