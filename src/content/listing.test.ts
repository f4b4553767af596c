// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookFor, BADGE_BLUE } from '../background/badge';
import { parseContentState, parseToBackground, summarise } from '../platform/messages';
import { LISTING_PATH, SITE_DIR } from '../../test/fixtures/portal/generate';
import { PageAuditor } from './auditor';
import { localEngine } from '../../test/helpers/local-engine';

const page = (path: string) => readFileSync(join(SITE_DIR, path), 'utf8');

function load(html: string) {
  document.open();
  document.write(html);
  document.close();
}

const settings = { lang: 'zh' as const, marks: true };

describe('a page listing annual reports', () => {
  it('is reported as a listing with its number of reports and further pages, and drawn as a blue count', async () => {
    load(page(LISTING_PATH.slice(1)));
    const state = await new PageAuditor(document, localEngine, settings).run();
    expect(state).toMatchObject({ status: 'listing', count: 8, pages: 1, title: '政府信息公开年报_示例县人民政府' });
    // It crosses the message boundary intact, and the badge shows the count on blue, without the "found" icon.
    expect(parseContentState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    const summary = parseToBackground(JSON.parse(JSON.stringify(summarise(state))));
    expect(summary).toEqual({ type: 'summary', detected: false, errors: 0, warnings: 0, listing: 8 });
    expect(lookFor(summary)).toMatchObject({
      text: '8',
      background: BADGE_BLUE,
      textColor: '#FFFFFF',
      found: false,
      title: '本页列出 8 份年度报告 — 年报核查：核查本页的政府信息公开年报',
    });
  });

  it("is not mistaken for a report page that links to last year's report", async () => {
    load(page('xxgk/ndbg/2024/01/jyj-2023.html'));
    expect((await new PageAuditor(document, localEngine, settings).run()).status).toBe('report');
  });

  it('rejects malformed listing messages', async () => {
    expect(parseContentState({ status: 'listing', url: 'u', title: 't', count: -1, pages: 0 })).toBeNull();
    expect(parseContentState({ status: 'listing', url: 'u', title: 't', count: 3 })).toBeNull();
    expect(parseToBackground({ type: 'summary', detected: false, errors: 0, warnings: 0, listing: 'x' })).toBeNull();
    // A report's own counts win over a listing count (a report page is never drawn as a listing).
    expect(lookFor({ type: 'summary', detected: true, errors: 2, warnings: 0, listing: 5 }).text).toBe('2');
  });
});
