import { describe, expect, it } from 'vitest';
import type { Finding } from '../model';
import { attribute, type KnockOn } from './attribute';

const finding = (rule: string, data: Record<string, number> = {}): Finding => ({
  rule,
  severity: 'error',
  messageId: 'm',
  message: rule,
  data,
  cells: [],
});

/** "b's finding is a knock-on of a's when a's says so" — the shape of every policy. */
const policy: KnockOn = {
  effect: 'b',
  causes: ['a'],
  reason: 'test',
  explained: (effect, causes) => causes.some((c) => c.data.explains === effect.data.id),
};

describe('attribute', () => {
  it('drops a finding its cause explains, and keeps the order of the rest', () => {
    const a = finding('a', { explains: 1 });
    const b1 = finding('b', { id: 1 });
    const b2 = finding('b', { id: 2 });
    const c = finding('c', { id: 1 });
    expect(attribute([b1, a, c, b2], [policy])).toEqual([a, c, b2]);
  });

  it('keeps every finding without policies, or without a cause on the report', () => {
    const b = finding('b', { id: 1 });
    expect(attribute([b], [])).toEqual([b]);
    expect(attribute([b, finding('c', { explains: 1 })], [policy])).toEqual([b, finding('c', { explains: 1 })]);
  });

  it("asks the policy only of its own effect rule, with the cause rules' findings alone", () => {
    const seen: string[][] = [];
    const spy: KnockOn = { ...policy, explained: (_f, causes) => (seen.push(causes.map((c) => c.rule)), false) };
    attribute([finding('a'), finding('b'), finding('c'), finding('a')], [spy]);
    expect(seen).toEqual([['a', 'a']]);
  });

  it('judges against the findings as the rules reported them: a dropped finding still explains another', () => {
    const chain: KnockOn[] = [policy, { effect: 'a', causes: ['z'], reason: 'test', explained: () => true }];
    const a = finding('a', { explains: 1 });
    expect(attribute([finding('z'), a, finding('b', { id: 1 })], chain)).toEqual([finding('z')]);
  });
});
