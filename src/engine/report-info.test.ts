import { describe, expect, it } from 'vitest';
import type { Report, Sentence } from '../model';
import { findSection, normalisedSentence, normaliseText } from './report-info';

describe('normalisedSentence', () => {
  it('is normaliseText of the sentence, worked out once per sentence', () => {
    const sentence: Sentence = { text: '２０２２ 年，我局共受理申请５件' };
    const form = normalisedSentence(sentence);
    expect(form).toBe(normaliseText(sentence.text));
    expect(form).toBe('2022年,我局共受理申请5件');
    expect(normalisedSentence(sentence)).toBe(form);
  });

  it('follows a sentence whose text was changed since', () => {
    const sentence: Sentence = { text: '２０２２年' };
    expect(normalisedSentence(sentence)).toBe('2022年');
    sentence.text = '２０２３ 年';
    expect(normalisedSentence(sentence)).toBe('2023年');
  });
});

describe('findSection', () => {
  const report = (sections: Report['sections']): Report => ({
    source: 't',
    detected: true,
    format: '2021',
    headingYears: [],
    sections,
    sentences: [],
    tables: {},
    attachments: [],
  });

  it('finds a section by its number, else by an alias in its heading (full-width, spaced)', () => {
    const five = { no: '五', heading: '五、存在的主要问题及改进情况', text: '' };
    expect(findSection(report([five]), '五')).toBe(five);
    const unnumbered = { no: '', heading: '存在的主要问题 及 改进情况', text: '' };
    expect(findSection(report([unnumbered]), '五')).toBe(unnumbered);
    expect(findSection(report([unnumbered]), '一')).toBeUndefined();
  });
});
