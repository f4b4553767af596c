import { testRule } from '../engine/rule-tester';
import { said } from '../../test/helpers/report-builder';
import rule from './text-percent';

testRule(rule, {
  valid: [
    { name: 'a share that follows from its list', report: said('共收到申请57件，其中自然人申请55件，占96.5%。') },
    { name: 'an explicit base', report: said('予以公开25件，占收到申请总数57件的43.9%。') },
    { name: 'a rounded share', report: said('共收到申请57件，其中自然人申请55件，占96%。') },
    { name: 'rates of 100%', report: said('办结率 100%，满意度 100%。') },
    { name: 'an increase above 100% is possible', report: said('申请数量同比增长300%。') },
    { name: 'a decrease of 100% is possible', report: said('申请数量较上年下降100%。') },
    { name: 'a change that follows from the figures', report: said('收到申请57件，较上年的40件增长42.5%。') },
    { name: 'a share without a stated base is only range-checked', report: said('予以公开25件，占43.9%。') },
    {
      name: 'a share 0.19 point off, with the tolerance widened to 0.2 point',
      report: said('共收到申请57件，其中自然人申请55件，占96.3%。'),
      options: { tolerance: 0.2 },
    },
    {
      name: 'a run of shares of the total stated the sentence before, all right',
      report: said(
        '答复申请805件，均按时答复。',
        '不予公开35件，占4.34%；',
        '无法提供265件，占32.9%；',
        '不予处理158件，占19.6%。',
      ),
    },
  ],
  invalid: [
    {
      name: 'the odd share of a run whose others are of the total stated the sentence before (上海 2019, its own sentences)',
      report: said(
        '答复政府信息公开申请805件（含上年度结转申请18件），均在法定期限内予以答复。',
        '予以公开及部分公开258件，占33.9%；',
        '不予公开35件，占4.34%；',
        '无法提供265件，占32.9%；',
        '不予处理158件，占19.6%。',
      ),
      expected: [['text-percent', '', 'shareMismatch', 'warning']],
    },
    {
      name: '下降300% (a county 公安局, 2023)',
      report: said('申请数量较去年下降 300%。'),
      expected: [['text-percent', '', 'decreaseOver100', 'error']],
    },
    {
      name: 'a share over 100%',
      report: said('予以公开25件，占120%。'),
      expected: [['text-percent', '', 'shareOutOfRange', 'error']],
    },
    {
      name: 'a rate over 100%',
      report: said('按时办结率105%。'),
      expected: [['text-percent', '', 'rateOutOfRange', 'error']],
    },
    {
      name: '占33.9% where the counts give 32.0% (a provincial 办公厅, 2019)',
      report: said('共办结申请806件，其中予以公开及部分公开258件，占33.9%。'),
      expected: [['text-percent', '', 'shareMismatch', 'warning']],
    },
    {
      name: 'a share 0.19 point off, at the default tolerance of 0.1 point',
      report: said('共收到申请57件，其中自然人申请55件，占96.3%。'),
      expected: [
        {
          rule: 'text-percent',
          cells: [],
          messageId: 'shareMismatch',
          severity: 'warning',
          data: { part: '55', base: '57', computed: '96.5', stated: '96.3', claim: '其中自然人申请55件，占96.3%' },
        },
      ],
    },
    {
      name: 'a change that does not follow from the figures',
      report: said('收到申请57件，较上年的40件下降20%。'),
      expected: [['text-percent', '', 'changeMismatch', 'warning']],
    },
  ],
});
