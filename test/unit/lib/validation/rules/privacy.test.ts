import { describe, expect, test } from 'vitest';
import { objectContaining, stringContaining } from '../../../../support/matchers.ts';
import { privacy } from '../../../../../src/lib/validation/rules/privacy.ts';
import {
  incentiveFile,
  indicatorsFile,
  indexOf,
  policyFile,
  rawFile,
  siteFile,
} from '../../../../support/validationFiles.ts';

describe('privacy', () => {
  test('reports a mobile number in a field at that field, masked', () => {
    const problems = privacy(
      indexOf([incentiveFile('a', { apply: { office: '人社局', phone: '13812345678' } })]),
    );
    expect(problems).toEqual([
      objectContaining({
        field: 'apply.phone',
        rule: 'privacy-mobile',
        message: stringContaining('138****5678'),
      }),
    ]);
    expect(problems[0]?.message).not.toContain('13812345678');
  });

  test('reports a resident ID number in a body at its line', () => {
    const file = policyFile('a', {}, '第一条　甲\n\n联系人身份证 11010519491231002X');
    expect(privacy(indexOf([file]))).toEqual([
      objectContaining({
        field: 'body',
        line: file.bodyLine + 2,
        rule: 'privacy-resident-id',
      }),
    ]);
  });

  test('accepts the official phones of site.yaml, even when site.yaml has other faults', () => {
    const site = rawFile('site', 'site', { name: '', officialPhones: ['13990001234'] });
    expect(privacy(indexOf([policyFile('a', {}, '咨询电话 13990001234')], {}, site))).toEqual([]);
    expect(
      privacy(indexOf([policyFile('a', {}, '咨询电话 13990001234')], {}, siteFile())),
    ).toHaveLength(1);
  });

  test('finds a mobile number typed in full-width digits', () => {
    const file = policyFile('a', {}, '经办人手机：１３９１２３４５６７８');
    expect(privacy(indexOf([file]))).toEqual([
      objectContaining({
        field: 'body',
        rule: 'privacy-mobile',
        message: stringContaining('１３９'),
      }),
    ]);
  });

  test('reads the numbers of number fields as figures, not personal numbers', () => {
    const fund = indicatorsFile('2024', { total: 15000, funding: 15000000000 });
    const amount = incentiveFile('a', {
      amount: { min: 13800138000, max: 13800138000, period: 'once' },
    });
    expect(privacy(indexOf([fund, amount]))).toEqual([]);
  });

  test('finds a phone number written without quotes, which YAML reads as a number', () => {
    expect(
      privacy(indexOf([incentiveFile('a', { apply: { office: '人社局', phone: 13812345678 } })])),
    ).toEqual([objectContaining({ field: 'apply.phone', rule: 'privacy-mobile' })]);
  });

  test('reads every number of an entry that failed its schema', () => {
    expect(
      privacy(indexOf([indicatorsFile('2024', { total: 'many', funding: 13812345678 })])),
    ).toEqual([objectContaining({ field: 'funding', rule: 'privacy-mobile' })]);
  });

  test('checks site.yaml itself', () => {
    expect(privacy(indexOf([], {}, siteFile({ contact: { phone: '13612345678' } })))).toEqual([
      objectContaining({ file: 'content/site.yaml', field: 'contact.phone' }),
    ]);
  });
});
