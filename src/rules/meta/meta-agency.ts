/** meta-agency: what the rule is and says (its check: src/rules/meta-agency.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'meta-agency',
  severity: 'warning',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '报告标题应写明发布机关（含地方名称）',
    en: 'The title must name the publishing agency, including its place',
  },
  messages: {
    noPlace: {
      zh: '标题“{{title}}”只写了“{{agency}}”，未写明地方名称，无法确定是哪个地方的机关',
      en: 'The title “{{title}}” only says “{{agency}}” without the place, so it is unclear which agency published it',
    },
  },
});
