import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import type { Section } from '../model';
import { describe, expect, it } from 'vitest';
import rule, { substance } from './doc-empty-section';

const five = (text: string, heading = '五、存在的主要问题及改进情况'): Section => ({ no: '五', heading, text });
const withFive = (text: string, heading?: string) =>
  buildReport({ sections: ['一', '二', '三', '四', five(text, heading), '六'] });

testRule(rule, {
  valid: [
    { name: 'the default section', report: buildReport() },
    {
      name: 'problems and measures',
      report: withFive(
        '（一）存在问题：信息公开的时效性有待提高。（二）改进情况：加强培训，完善审核机制，提升发布质量。',
      ),
    },
    {
      name: 'found by its heading’s text',
      report: withFive(
        '一是政策解读形式单一；二是更新不够及时。下一步将丰富解读形式。',
        '五、政府信息公开工作存在的主要问题和改进措施',
      ),
    },
    { name: 'short but real', report: withFive('存在问题：信息更新不及时。改进措施：加强审核管理。') },
    {
      name: 'no section 五 (doc-missing-section’s)',
      report: buildReport({ sections: ['一', '二', '三', '四', '六'] }),
    },
  ],
  invalid: [
    { name: 'empty', report: withFive(''), expected: [['doc-empty-section', '', 'empty']] },
    { name: '无', report: withFive('无。'), expected: [['doc-empty-section', '', 'empty']] },
    {
      name: 'sub-headings with nothing under them',
      report: withFive('（一）存在问题：无。（二）改进情况：暂无。'),
      expected: [['doc-empty-section', '', 'empty']],
    },
    {
      name: 'one line of boilerplate',
      report: withFive('我局将继续做好政府信息公开工作。'),
      expected: [['doc-empty-section', '', 'empty']],
    },
    {
      name: 'nothing found, said at length',
      report: withFive('本年度我局政府信息公开工作总体良好，未发现问题。'),
      expected: [['doc-empty-section', '', 'empty']],
    },
  ],
});

describe('substance', () => {
  it('counts the ideographs left once headings, numbering and filler are gone', () => {
    expect(substance('（一）存在的主要问题：信息更新不及时。2. 改进措施：加强审核 ABC 𠀀')).toBe(10);
    expect(substance('无')).toBe(0);
  });
});
