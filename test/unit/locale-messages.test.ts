import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../locale-messages';
import zhStrings from 'virtual:locale/zh_CN';

describe('virtual:locale/…', () => {
  it("is the locale file's messages without the translators' descriptions", () => {
    const file = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as Record<
      string,
      { message: string; description?: string }
    >;
    expect(Object.keys(zhStrings).sort()).toEqual(Object.keys(file).sort());
    for (const [key, entry] of Object.entries(file)) expect(zhStrings[key], key).toBe(entry.message);
    expect(JSON.stringify(zhStrings)).not.toContain(file.extName!.description!);
  });

  it('refuses an entry without a message text instead of shipping an empty string', () => {
    expect(() => messagesOf('{"a":{"message":"x"},"b":{"description":"no text"}}')).toThrow(/b has no message/);
  });
});
