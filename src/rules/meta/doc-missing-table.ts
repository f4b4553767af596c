/** doc-missing-table: what the rule is and says (its check: src/rules/doc-missing-table.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'doc-missing-table',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '第二、三、四部分应各有一张可核查的统计表',
    en: 'Sections 2, 3 and 4 must each have a machine-readable statistical table',
  },
  messages: {
    missing: {
      zh: '第{{section}}部分有标题，但缺少{{table}}',
      en: 'Section {{section}} has its heading but no {{table}}',
    },
    unread: {
      zh: '第{{section}}部分有数字，但未能读成{{table}}，未作核查',
      en: 'Section {{section}} has figures that could not be read into {{table}}, so it was not audited',
    },
    notAudited: {
      zh: '{{table}}是{{kind}}，未作核查：{{links}}',
      en: '{{table}} is {{kind}} and was not audited: {{links}}',
    },
  },
});
