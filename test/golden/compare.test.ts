// The golden comparison itself (compare.ts): it must not let a vanished rule or a changed cell pass.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/audit';
import { parseHtml } from '../../src/cli/dom';
import { decodeHtml } from '../../src/portal/decode';
import { compare } from './compare';
import { SAMPLE } from './expectations';

const NOW = new Date('2025-03-01T00:00:00Z');
const sample = () =>
  auditDocument(
    parseHtml(decodeHtml(readFileSync(new URL('../../samples/jinxiang-police-2023.html', import.meta.url)))),
    {
      source: 'samples/jinxiang-police-2023.html',
      now: NOW,
    },
  );

describe('golden comparison', () => {
  it('the README sample matches its expectations', () => {
    expect(compare(sample(), SAMPLE.findings)).toEqual({ missing: [], unexpected: [] });
  });

  it('a rule that no longer runs on the README sample leaves its expected finding missing (not skipped)', () => {
    const result = sample();
    const vanished = {
      ...result,
      findings: result.findings.filter((f) => f.rule !== 't4-review-sum'),
      rulesRun: result.rulesRun.filter((r) => r !== 't4-review-sum'),
    };
    expect(compare(vanished, SAMPLE.findings).missing).toEqual([expect.stringContaining('"t4-review-sum"')]);
  });

  it('a finding whose second cell changed does not match', () => {
    const result = sample();
    const findings = result.findings.map((f) =>
      f.rule === 't4-review-sum'
        ? { ...f, cells: [f.cells[0]!, { ...f.cells[1]!, column: 'review.pending' }, ...f.cells.slice(2)] }
        : f,
    );
    const { missing, unexpected } = compare({ findings }, SAMPLE.findings);
    expect([missing.length, unexpected.length]).toEqual([1, 1]);
  });
});
