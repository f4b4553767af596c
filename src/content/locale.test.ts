// @vitest-environment happy-dom
/**
 * The content script audits in the language it bundles and renders its findings in the user's: that must give the
 * very messages an audit in the user's language gives (the CLI, the batch page and the golden suites audit in
 * either), and a language whose messages cannot be had must still read as sentences, in the bundled language.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { auditDocument } from '../audit';
import type { Lang } from '../model';
import { ruleTexts } from '../rules/meta';
import { engineWith } from './engine';
import { AUDIT_LANG, RuleLocales } from './locale';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/e2e');
const PAGES = ['portal/errors.html', 'portal/warnings.html', 'portal/narrative.html', 'portal/causes.html'];

function page(name: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.open();
  doc.write(readFileSync(join(FIXTURES, name), 'utf8'));
  doc.close();
  return doc;
}

describe('RuleLocales', () => {
  it.each(PAGES)('renders %s in English exactly as an audit in English does', async (name) => {
    const locales = new RuleLocales(async (lang) => ruleTexts(lang));
    await locales.ready('en');
    const engine = engineWith(locales);
    const doc = page(name);
    const direct = auditDocument(doc, { source: name, lang: 'en' });
    const rendered = engine.audit(doc, { source: name, lang: 'en' });
    expect(direct.findings.length).toBeGreaterThan(0);
    expect(rendered.findings.map((f) => f.message)).toEqual(direct.findings.map((f) => f.message));
    expect(engine.localise(rendered.findings, 'zh').map((f) => f.message)).toEqual(
      auditDocument(doc, { source: name, lang: 'zh' }).findings.map((f) => f.message),
    );
  });

  it('asks for a language once, never for the bundled one, and again after a failed attempt', async () => {
    const fetchTexts = vi.fn<(lang: Lang) => Promise<ReturnType<typeof ruleTexts> | null>>();
    fetchTexts.mockResolvedValueOnce(null).mockRejectedValueOnce(new Error('worker gone'));
    fetchTexts.mockResolvedValue(ruleTexts('en'));
    const locales = new RuleLocales(fetchTexts);
    await locales.ready(AUDIT_LANG);
    expect(fetchTexts).not.toHaveBeenCalled();
    await locales.ready('en');
    await locales.ready('en');
    await Promise.all([locales.ready('en'), locales.ready('en')]);
    await locales.ready('en');
    expect(fetchTexts).toHaveBeenCalledTimes(3);
  });

  it('shows the bundled language while the other cannot be had', async () => {
    const doc = page('portal/errors.html');
    const locales = new RuleLocales(async () => null);
    await locales.ready('en');
    const findings = engineWith(locales).audit(doc, { source: 'x', lang: 'en' }).findings;
    expect(findings.map((f) => f.message)).toEqual(
      auditDocument(doc, { source: 'x', lang: AUDIT_LANG }).findings.map((f) => f.message),
    );
  });
});
