import { testRule } from '../engine/rule-tester';
import { buildReport, said } from '../../test/helpers/report-builder';
import rule from './text-subtotal';

testRule(rule, {
  valid: [
    {
      name: 'xinxiang: 2098 = 636 + 580 + 882',
      report: said(
        '2023 年，市公安局共发布各类政府信息 2098 条，其中门户网站发布 636 条，官方微博发布 580 条，微信公众号发布 882 条。',
      ),
    },
    { name: 'a partial list', report: said('共发布信息100条，其中政策解读30条。') },
    {
      name: 'two breakdowns of one total',
      report: said('共收到申请50件，其中网上申请45件、信函申请5件，予以公开22件、部分公开5件。'),
    },
    {
      name: 'a nested list in brackets is not added',
      report: said('共发布信息100条，其中政策文件60条（含解读50条），其余40条。'),
    },
    { name: 'approximate and within', report: said('共发布信息1100余条，其中网站600余条。') },
    {
      name: 'the legacy format is checked too, and agrees',
      report: buildReport({ year: 2017, sentences: ['共受理申请20件，其中当面申请8件，网上申请12件。'] }),
    },
  ],
  invalid: [
    {
      name: '15935 under 2808',
      report: said('全年共发布政府信息2808条，其中政务动态15935条。'),
      expected: [['text-subtotal', '', 'exceeds', 'warning']],
    },
    {
      name: 'a list ending with 其余 that falls short',
      report: said('共收到申请50件，其中网上申请30件，其余15件。'),
      expected: [['text-subtotal', '', 'incomplete', 'warning']],
    },
    {
      name: 'overlapping channels: needs review (info)',
      report: said('全年共发布信息2000条，其中门户网站发布1500条，微信公众号发布1200条。'),
      expected: [['text-subtotal', '', 'needsReview', 'info']],
    },
    {
      name: 'a channel larger than the whole is still a warning',
      report: said('全年共发布政府信息2808条，其中门户网站发布15935条。'),
      expected: [['text-subtotal', '', 'exceeds', 'warning']],
    },
    {
      name: 'approximate and over: needs review (info)',
      report: said('共发布信息约100条，其中网站80余条、微博50余条。'),
      expected: [['text-subtotal', '', 'needsReview', 'info']],
    },
  ],
});
