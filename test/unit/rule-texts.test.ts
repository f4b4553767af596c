import { describe, expect, it } from 'vitest';
import zh from 'virtual:rule-texts/zh';
import en from 'virtual:rule-texts/en';
import { RULES, ruleStrings } from '../../src/rules/meta';

describe('virtual:rule-texts/…', () => {
  it('is one language’s rule descriptions and message templates, every rule’s, from the metadata', () => {
    expect(zh).toEqual(ruleStrings('zh'));
    expect(en).toEqual(ruleStrings('en'));
    expect(Object.keys(en.descriptions).sort()).toEqual(Object.keys(RULES).sort());
    expect(Object.keys(en.messages).sort()).toEqual(Object.keys(RULES).sort());
  });

  it('holds no text of the other language', () => {
    const zhText = JSON.stringify(zh);
    const enText = JSON.stringify(en);
    for (const meta of Object.values(RULES)) {
      expect(zhText, meta.id).not.toContain(JSON.stringify(meta.description.en));
      expect(enText, meta.id).not.toContain(JSON.stringify(meta.description.zh));
      for (const text of Object.values(meta.messages)) {
        expect(zhText, meta.id).not.toContain(JSON.stringify(text.en));
        expect(enText, meta.id).not.toContain(JSON.stringify(text.zh));
      }
    }
  });
});
