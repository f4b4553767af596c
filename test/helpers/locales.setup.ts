/**
 * Unit tests render the pages' views in both languages without going through an entry, which is what loads a
 * language before the first render (src/popup/i18n.ts `loadLocale`): load both for every test file.
 */
import { loadLocale } from '../../src/popup/i18n';

await Promise.all([loadLocale('zh'), loadLocale('en')]);
