// @vitest-environment happy-dom
/**
 * A page that sabotages our marks layer — it defines the layer's tag itself and takes its shadow root first — can
 * deny itself the outlines, but not the audit: the result stands, and nothing is thrown into the page. (Its own
 * file: a custom element, once defined, stays defined for the whole document.)
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it, vi } from 'vitest';
import { PageAuditor } from './auditor';
import { localEngine } from '../../test/helpers/local-engine';
import { OVERLAY_TAG } from './overlay';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/e2e');

it('keeps the audit result when the page has broken the marks layer', async () => {
  document.open();
  document.write(readFileSync(join(FIXTURES, 'portal/errors.html'), 'utf8'));
  document.close();
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
    left: 10,
    top: 10,
    width: 30,
    height: 20,
    right: 40,
    bottom: 30,
    x: 10,
    y: 10,
    toJSON: () => ({}),
  } as DOMRect);
  customElements.define(
    OVERLAY_TAG,
    class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' });
      }
    },
  );
  const auditor = new PageAuditor(document, localEngine, { lang: 'zh', marks: true });
  const state = await auditor.run();
  expect(state).toMatchObject({ status: 'report' });
  if (state.status !== 'report') throw new Error('expected a report');
  expect(state.result.findings.filter((f) => f.severity === 'error')).toHaveLength(2);
  await expect(auditor.configure({ lang: 'en', marks: true })).resolves.toMatchObject({ status: 'report' });
  expect(auditor.layers.size).toBe(0);
});
