import { testRule } from '../engine/rule-tester';
import { buildReport, setCell } from '../../test/helpers/report-builder';
import rule from './cell-not-number';

testRule(rule, {
  valid: [
    { name: 'consistent default report', report: buildReport() },
    {
      name: 'units, full-width digits and separators are fine',
      report: buildReport({ t2: { license: ['1,234件'], penalty: ['３５条'] } }),
    },
    { name: 'blanks are cell-blank’s', report: buildReport({ t4: 'blank' }) },
    {
      name: 'a whole number written with a decimal point',
      report: setCell(buildReport(), 'T3:newReceived:legal', '1.0'),
    },
    { name: 'the 万元 fee cell is t2-fee-unit’s', report: buildReport({ t2: { fees: ['若干'] } }) },
    { name: 'signed 本年增/减 of the 2019 layout', report: buildReport({ year: 2020 }) },
    {
      name: 'not-recognised tables are not read',
      report: buildReport({ t4: ['x'], tables: { T4: { status: 'not-recognised' } } }),
    },
  ],
  invalid: [
    {
      name: 'text in a T3 cell',
      report: setCell(buildReport(), 'T3:granted:naturalPerson', '二十'),
      expected: [['cell-not-number', 'T3:granted:naturalPerson', 'notInteger']],
    },
    {
      name: 'a fraction in a T4 cell',
      report: setCell(buildReport(), 'T4:review:review.maintain', '0.5'),
      expected: [['cell-not-number', 'T4:review:review.maintain', 'notInteger']],
    },
    {
      name: 'a negative count and text in T2',
      report: buildReport({ t2: { normative: ['-1', 0, 15], coercion: ['详见附件'] } }),
      expected: [
        ['cell-not-number', 'T2:normative:issued', 'notInteger'],
        ['cell-not-number', 'T2:coercion:decisions', 'notInteger'],
      ],
    },
    {
      // One cause, one finding: a placeholder written in every cell of a row is one defect, not six.
      name: 'the same text in several cells of a table is one finding',
      report: buildReport({ t3: { 'denied.thirdParty': ['××', '××', '××', 0, 0, 0, 0] } }),
      expected: [
        [
          'cell-not-number',
          ['naturalPerson', 'commercial', 'research'].map((c) => `T3:denied.thirdParty:${c}`),
          'sameText',
        ],
      ],
    },
  ],
});
