import { describe, expect, it } from 'vitest';
import { langOfArgv, oneLanguage } from './one-language';

describe('oneLanguage', () => {
  it.each([
    [
      'HTTP 404：页面不存在（链接失效）（page not found (broken link)）',
      'HTTP 404：页面不存在（链接失效）',
      'HTTP 404: page not found (broken link)',
    ],
    [
      '无法下载：ECONNREFUSED（download failed: ECONNREFUSED）',
      '无法下载：ECONNREFUSED',
      'download failed: ECONNREFUSED',
    ],
    ['20 秒内未响应（no response within 20 s）', '20 秒内未响应', 'no response within 20 s'],
    ['已取消（cancelled）', '已取消', 'cancelled'],
    [
      '页面过大，未核查（12 张表）/ too large to audit (12 tables)',
      '页面过大，未核查（12 张表）',
      'too large to audit (12 tables)',
    ],
  ])('%s', (text, zh, en) => {
    expect(oneLanguage(text, 'zh')).toBe(zh);
    expect(oneLanguage(text, 'en')).toBe(en);
  });

  it('leaves one-language texts alone, Chinese brackets included', () => {
    for (const text of ['（一）予以公开', '三、本年度办理结果（四）无法提供', 'not a report', '表三（2021）', '']) {
      expect(oneLanguage(text, 'zh')).toBe(text);
      expect(oneLanguage(text, 'en')).toBe(text);
    }
  });

  it('reads the language of a command line before its options are parsed', () => {
    expect(langOfArgv(['--lang', 'en', 'x.html'])).toBe('en');
    expect(langOfArgv(['-l', 'en'])).toBe('en');
    expect(langOfArgv(['--lang=en'])).toBe('en');
    expect(langOfArgv(['x.html'])).toBe('zh');
  });
});
