import { describe, expect, it } from 'vitest';
import { auditText } from '../audit';
import type { PageSnapshot } from '../dom/snapshot';
import { engineFailed, parseEngineReply, parseEngineRequest, SNAPSHOT_LIMITS } from './engine-messages';

const snapshot: PageSnapshot = {
  url: 'https://www.example.gov.cn/a.html',
  title: 't',
  nodes: [
    [-1, 'html', []],
    [0, 'body', ['class', 'x']],
    [1, 'text'],
    [1, 'cdata', 4],
  ],
};
const result = auditText('一、总体情况\n', { source: 'x' });

describe('parseEngineRequest', () => {
  it('takes the two requests', () => {
    const audit = { type: 'audit-page', snapshot, lang: 'zh', force: false };
    expect(parseEngineRequest(audit)).toEqual(audit);
    expect(parseEngineRequest({ type: 'localise', findings: [], lang: 'en' })).toEqual({
      type: 'localise',
      findings: [],
      lang: 'en',
    });
  });

  const node = (n: unknown) => ({ ...snapshot, nodes: [...snapshot.nodes, n] });
  it.each([
    ['no language', { type: 'audit-page', snapshot, force: false }],
    ['no force flag', { type: 'audit-page', snapshot, lang: 'zh' }],
    ['another type', { type: 'last-year', snapshot, lang: 'zh', force: false }],
    ['a node that is not an array', node('x')],
    ['a parent after its child', node([9, 'p', []])],
    ['a parent below -1', node([-2, 'p', []])],
    ['a fractional parent', node([0.5, 'p', []])],
    ['a name that is not a string', node([0, 1, []])],
    ['an attribute that is not a string', node([0, 'p', ['class', 1]])],
    ['an attribute without a value', node([0, 'p', ['class']])],
    ['too many attributes', node([0, 'p', Array.from({ length: SNAPSHOT_LIMITS.attributes + 2 }, () => 'a')])],
    ['a third item that is neither attributes nor CDATA', node([0, 'x', 3])],
    ['too much text', node([0, 'x'.repeat(SNAPSHOT_LIMITS.chars + 1)])],
    ['too long a title', { ...snapshot, title: 'x'.repeat(SNAPSHOT_LIMITS.title + 1) }],
    ['a findings list with a bad finding', { type: 'localise', findings: [{}], lang: 'en' }],
    ['a request the worker no longer takes', { type: 'cross-year', result, lang: 'en' }],
  ])('refuses %s', (_what, value) => {
    const message = 'type' in value ? value : { type: 'audit-page', snapshot: value, lang: 'zh', force: false };
    expect(parseEngineRequest(message)).toBeNull();
  });

  it('refuses a snapshot of more nodes than the limit, without reading them all', () => {
    const nodes = { length: SNAPSHOT_LIMITS.nodes + 1 };
    const big = { ...snapshot, nodes: Object.assign([], nodes) };
    expect(parseEngineRequest({ type: 'audit-page', snapshot: big, lang: 'zh', force: false })).toBeNull();
  });
});

describe('parseEngineReply', () => {
  it('takes the answer to the request it was asked, and a failure', () => {
    const audited = { type: 'audited', result, elements: [['c:0:1:2', 7]] };
    expect(parseEngineReply(audited, 'audit-page')).toEqual(audited);
    const compared = { ...audited, previous: 'https://www.example.gov.cn/2022.html' };
    expect(parseEngineReply(compared, 'audit-page')).toEqual(compared);
    expect(parseEngineReply(audited, 'localise')).toBeNull();
    expect(parseEngineReply({ type: 'engine-failed', error: 'x'.repeat(900) }, 'localise')).toEqual({
      type: 'engine-failed',
      error: 'x'.repeat(500),
    });
    expect(engineFailed(new Error('boom'))).toEqual({ type: 'engine-failed', error: 'boom' });
  });

  it.each([
    ['an element index that is negative', { type: 'audited', result, elements: [['k', -1]] }],
    ['an element key that is not a string', { type: 'audited', result, elements: [[1, 1]] }],
    ['a result of the wrong shape', { type: 'audited', result: {}, elements: [] }],
    ['no elements', { type: 'audited', result }],
    ['a previous source that is not a string', { type: 'audited', result, elements: [], previous: 1 }],
    ['an overlong previous source', { type: 'audited', result, elements: [], previous: 'x'.repeat(5000) }],
  ])('refuses %s', (_what, value) => {
    expect(parseEngineReply(value, 'audit-page')).toBeNull();
  });
});
