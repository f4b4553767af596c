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
    const audit = { type: 'audit-page', snapshots: [snapshot, snapshot], lang: 'zh', force: false };
    expect(parseEngineRequest(audit)).toEqual(audit);
    expect(parseEngineRequest({ type: 'localise', findings: [], lang: 'en' })).toEqual({
      type: 'localise',
      findings: [],
      lang: 'en',
    });
  });

  const node = (n: unknown) => ({ ...snapshot, nodes: [...snapshot.nodes, n] });
  it.each([
    ['no language', { type: 'audit-page', snapshots: [snapshot], force: false }],
    ['no force flag', { type: 'audit-page', snapshots: [snapshot], lang: 'zh' }],
    ['another type', { type: 'last-year', snapshots: [snapshot], lang: 'zh', force: false }],
    ['a single snapshot, not a list', { type: 'audit-page', snapshot, lang: 'zh', force: false }],
    [
      'more documents than a page has',
      {
        type: 'audit-page',
        snapshots: Array.from({ length: SNAPSHOT_LIMITS.documents + 1 }, () => snapshot),
        lang: 'zh',
        force: false,
      },
    ],
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
    const message = 'type' in value ? value : { type: 'audit-page', snapshots: [value], lang: 'zh', force: false };
    expect(parseEngineRequest(message)).toBeNull();
  });

  it('refuses a snapshot of more nodes than the limit, without reading them all', () => {
    const nodes = { length: SNAPSHOT_LIMITS.nodes + 1 };
    const big = { ...snapshot, nodes: Object.assign([], nodes) };
    expect(parseEngineRequest({ type: 'audit-page', snapshots: [big], lang: 'zh', force: false })).toBeNull();
  });

  it("bounds the characters of all the page's snapshots together, not only of each", () => {
    const half = { ...snapshot, nodes: [...snapshot.nodes, [0, 'x'.repeat(SNAPSHOT_LIMITS.chars / 2)]] };
    expect(parseEngineRequest({ type: 'audit-page', snapshots: [half], lang: 'zh', force: false })).not.toBeNull();
    expect(parseEngineRequest({ type: 'audit-page', snapshots: [half, half], lang: 'zh', force: false })).toBeNull();
  });
});

describe('parseEngineReply', () => {
  it('takes the answer to the request it was asked, and a failure', () => {
    const audited = { type: 'audited', chosen: { index: 1, result, elements: [['c:0:1:2', 7]] } };
    expect(parseEngineReply(audited, 'audit-page')).toEqual(audited);
    const compared = {
      type: 'audited',
      chosen: { ...audited.chosen, previous: 'https://www.example.gov.cn/2022.html' },
    };
    expect(parseEngineReply(compared, 'audit-page')).toEqual(compared);
    expect(parseEngineReply({ type: 'audited', chosen: null }, 'audit-page')).toEqual({
      type: 'audited',
      chosen: null,
    });
    expect(parseEngineReply(audited, 'localise')).toBeNull();
    expect(parseEngineReply({ type: 'engine-failed', error: 'x'.repeat(900) }, 'localise')).toEqual({
      type: 'engine-failed',
      error: 'x'.repeat(500),
    });
    expect(engineFailed(new Error('boom'))).toEqual({ type: 'engine-failed', error: 'boom' });
  });

  it.each([
    ['an element index that is negative', { index: 0, result, elements: [['k', -1]] }],
    ['an element key that is not a string', { index: 0, result, elements: [[1, 1]] }],
    ['a result of the wrong shape', { index: 0, result: {}, elements: [] }],
    ['no elements', { index: 0, result }],
    ['no index', { result, elements: [] }],
    ['an index past the documents a page may have', { index: SNAPSHOT_LIMITS.documents, result, elements: [] }],
    ['a previous source that is not a string', { index: 0, result, elements: [], previous: 1 }],
    ['an overlong previous source', { index: 0, result, elements: [], previous: 'x'.repeat(5000) }],
  ])('refuses %s', (_what, chosen) => {
    expect(parseEngineReply({ type: 'audited', chosen }, 'audit-page')).toBeNull();
  });
});
