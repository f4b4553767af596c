/**
 * Background: the rules' messages in a language the full content script does not bundle (src/content/locale.ts),
 * read from the file the build wrote for it. Apart from ./browser.ts so that only the worker's chunk holds this
 * `fetch` — of the extension's own file, never the network (test/e2e/build.test.ts, SECURITY.md §7).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { ruleTextsFile } from './engine-script';
import { parseRuleTextsRequest, type RuleTextsReply } from './messages';

/**
 * Background: answers content scripts' rule-texts requests with the templates the build wrote for that language
 * (the content script cannot read them itself: the extension's files are not web-accessible to the pages it
 * runs in). A request from anything but our own content script in a tab is ignored.
 */
export function serveRuleTexts(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const request = parseRuleTextsRequest(message);
    if (!request || sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
    const { lang } = request;
    return fetch(browser.runtime.getURL(ruleTextsFile(lang)))
      .then((response) => response.json() as Promise<RuleTextsReply['texts']>)
      .then((texts): RuleTextsReply => ({ type: 'rule-texts', lang, texts }));
  });
}
