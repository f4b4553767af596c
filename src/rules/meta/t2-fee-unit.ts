/** t2-fee-unit: what the rule is and says (its check: src/rules/t2-fee-unit.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 't2-fee-unit',
  severity: 'warning',
  appliesTo: ['2021'],
  description: {
    zh: '表二行政事业性收费金额应以万元为单位填报数字',
    en: 'Table 2 administrative fees must be a number in units of 10,000 yuan (万元)',
  },
  messages: {
    yuan: {
      zh: '表二行政事业性收费金额的单位应为万元，表中写作“{{text}}”（元）；如按元计，应填 {{converted}}',
      en: 'Table 2 administrative fees are in 10,000 yuan (万元), but the cell says “{{text}}” (yuan); in 万元 that would be {{converted}}',
    },
    decimals: {
      zh: '表二行政事业性收费金额“{{text}}”以万元计有 {{places}} 位小数（精确到元以下，如到分），按所填数字核对；单位应为万元',
      en: 'Table 2 administrative fees “{{text}}” have {{places}} decimals in 万元 (finer than one yuan, e.g. to the fen); audited as written — the unit should be 万元',
    },
    notNumber: {
      zh: '表二行政事业性收费金额应为以万元计的数字，表中为“{{text}}”',
      en: 'Table 2 administrative fees should be a number in 万元; the cell says “{{text}}”',
    },
  },
});
