/** table-not-recognised: what the rule is and says (its check: src/rules/table-not-recognised.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'table-not-recognised',
  severity: 'info',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '找到了表格，但未能识别其版式，未作核查',
    en: 'A table was found but its layout was not recognised, so it was not audited',
  },
  messages: {
    notRecognised: {
      zh: '{{table}}的版式未能识别，未作核查（不据此判断对错）',
      en: '{{table}}’s layout was not recognised, so it was not audited (no judgement is made on it)',
    },
  },
});
