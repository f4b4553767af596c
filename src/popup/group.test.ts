import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../model';
import { buildReport } from '../../test/helpers/report-builder';
import { groupFindings, passedRules, severityCounts } from './group';

const f = (rule: string, severity: Severity, message = rule): Finding => ({
  rule,
  severity,
  messageId: 'm',
  message,
  data: {},
  cells: [],
});

describe('groupFindings', () => {
  it('groups by severity (errors first), then by rule in the engine order', () => {
    const groups = groupFindings([
      f('cell-blank', 'info'),
      f('t3-row-total', 'error', 'a'),
      f('text-review', 'warning'),
      f('t4-review-sum', 'error'),
      f('t3-row-total', 'error', 'b'),
    ]);
    expect(
      groups.map((g) => [g.severity, g.count, g.rules.map((r) => [r.rule, r.findings.map((x) => x.message)])]),
    ).toEqual([
      [
        'error',
        3,
        [
          ['t3-row-total', ['a', 'b']],
          ['t4-review-sum', ['t4-review-sum']],
        ],
      ],
      ['warning', 1, [['text-review', ['text-review']]]],
      ['info', 1, [['cell-blank', ['cell-blank']]]],
    ]);
  });

  it('drops empty severities', () => {
    expect(groupFindings([f('text-review', 'warning')]).map((g) => g.severity)).toEqual(['warning']);
    expect(groupFindings([])).toEqual([]);
  });

  it('lists the rules that ran without findings, and counts severities', () => {
    const findings = [f('t4-review-sum', 'error'), f('cell-blank', 'info')];
    const result = {
      report: buildReport(),
      findings,
      rulesRun: ['t3-identity', 't4-review-sum', 'cell-blank'],
      auditedAt: '',
    };
    expect(passedRules(result)).toEqual(['t3-identity']);
    expect(severityCounts(findings)).toEqual({ error: 1, warning: 0, info: 1 });
  });
});
