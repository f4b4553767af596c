/** text-subtotal: what the rule is and says (its check: src/rules/text-subtotal.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'text-subtotal',
  severity: 'warning',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '正文“共…，其中…”的分项之和不应超过总数',
    en: 'Items listed under “其中” must not add up to more than their total',
  },
  messages: {
    exceeds: {
      zh: '“其中”各项之和为 {{sum}}（{{parts}}），超过总数 {{total}}：“{{claim}}”',
      en: 'The items under “其中” add up to {{sum}} ({{parts}}), more than the total {{total}}: “{{claim}}”',
    },
    incomplete: {
      zh: '“其中”列举至“其余/其他”，各项之和应为总数 {{total}}，实为 {{sum}}（{{parts}}）：“{{claim}}”',
      en: 'The list under “其中” ends with “the rest”, so it should add up to the total {{total}}; it adds up to {{sum}} ({{parts}}): “{{claim}}”',
    },
    needsReview: {
      zh: '请人工核对：“其中”各项之和为 {{sum}}（{{parts}}），超过总数 {{total}}，但含约数或可能重复计算的发布渠道：“{{claim}}”',
      en: 'Needs review: the items under “其中” add up to {{sum}} ({{parts}}), more than the total {{total}}, but some are approximate or channels that may overlap: “{{claim}}”',
    },
  },
});
