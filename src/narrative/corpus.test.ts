// False-warning rate on correct narratives: eight hand-written reports (src/narrative/__fixtures__, varied agencies,
// years and wording, tables that agree with their text) go through the real text path and every registered rule.
// None may raise an error; warnings are measured against the number of sentences. Each fixture is then edited in
// one figure to show the same pipeline does catch a contradiction (so a silent corpus means something).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../audit';
import { extractFromText } from '../extract';
import { reportClaims } from './report-claims';

const dir = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const read = (file: string): string => readFileSync(join(dir, file), 'utf8');
const audit = (text: string, source: string) => {
  const { report } = extractFromText(text, { source });
  return { report, findings: checkReport(report).findings };
};

/** At most one warning per 50 sentences of correct text (measured: 0 in 154 sentences). */
const MAX_WARNING_RATE = 0.02;

describe('a corpus of correct narratives', () => {
  it('has enough fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  it.each(fixtures)('%s is read in full and raises no error', (file) => {
    const { report, findings } = audit(read(file), file);
    expect(report.detected).toBe(true);
    expect(Object.values(report.tables).map((t) => t?.status)).toEqual(['ok', 'ok', 'ok']);
    // The narrative was actually read: claims were found to compare.
    expect(reportClaims(report).flatMap((s) => s.claims).length).toBeGreaterThanOrEqual(3);
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.message])).toEqual([]);
  });

  it('keeps the warning rate under the bound', () => {
    let sentences = 0;
    const warnings: string[] = [];
    for (const file of fixtures) {
      const { report, findings } = audit(read(file), file);
      sentences += report.sentences.length;
      warnings.push(...findings.filter((f) => f.severity === 'warning').map((f) => `${file}: ${f.rule} ${f.message}`));
    }
    expect(sentences).toBeGreaterThan(100);
    expect(warnings.length / sentences, warnings.join('\n')).toBeLessThanOrEqual(MAX_WARNING_RATE);
  });
});

describe('the same corpus with one figure changed', () => {
  it.each([
    ['qinghe-county-gov-2023.txt', '全年办结87件', '全年办结78件', 'text-completed'],
    ['qinghe-county-gov-2023.txt', '予以公开38件', '予以公开83件', 'text-outcomes'],
    ['qinghe-county-gov-2023.txt', '占91.9%', '占81.9%', 'text-percent'],
    ['qinghe-county-gov-2023.txt', '356.42万元', '356.24万元', 'text-table2'],
    ['qinghe-county-gov-2023.txt', '被申请行政复议3件', '被申请行政复议4件', 'text-review'],
    ['province-office-2023.txt', '上年结转申请35件', '上年结转申请53件', 'text-carry'],
    ['province-office-2023.txt', '各5件', '各6件', 'text-litigation'],
    ['city-education-2024.txt', '申请45件（含上年结转3件）', '申请46件（含上年结转3件）', 'text-new-requests'],
    ['town-gov-2021.txt', '其余28条', '其余18条', 'text-subtotal'],
    // The table side: chengnan says there was no review; give its T4 row one.
    ['chengnan-market-2022.txt', '\n0\t0\t0\t0\t0\t0', '\n1\t0\t0\t0\t1\t0', 'text-review'],
  ])('%s: %j → %j raises %s', (file, from, to, rule) => {
    const text = read(file);
    expect(text).toContain(from);
    expect(audit(text.replace(from, to), file).findings.map((f) => f.rule)).toContain(rule);
  });
});
