/** meta-basis: what the rule is and says (its check: src/rules/meta-basis.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'meta-basis',
  severity: 'info',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '2021年及以后的年度报告应依据国办公开办函〔2021〕30号格式编制',
    en: 'Reports for 2021 and later follow the format of 国办公开办函〔2021〕30号',
  },
  messages: {
    oldBasis: {
      zh: '{{year}} 年度报告仍引用已被取代的国办公开办函〔2019〕60号作为格式依据（现行为〔2021〕30号）：“{{excerpt}}”',
      en: 'This {{year}} report still cites the superseded format 国办公开办函〔2019〕60号 (now 〔2021〕30号): “{{excerpt}}”',
    },
  },
});
