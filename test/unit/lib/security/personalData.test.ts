import { describe, expect, test } from 'vitest';
import {
  asciiDigits,
  findPersonalData,
  personalDataFinder,
  hasValidResidentIdChecksum,
  maskPersonalNumber,
  phoneDigits,
} from '../../../../src/lib/security/personalData.ts';

// 11010519491231002X is the GB 11643 standard's own example number.
const VALID_ID = '11010519491231002X';
const VALID_ID_DIGIT = '110105194912310038';

describe('hasValidResidentIdChecksum', () => {
  test('accepts the standard example with X', () => {
    expect(hasValidResidentIdChecksum(VALID_ID)).toBe(true);
    expect(hasValidResidentIdChecksum(VALID_ID.toLowerCase())).toBe(true);
  });

  test('rejects a wrong check character', () => {
    expect(hasValidResidentIdChecksum('110105194912310021')).toBe(false);
  });

  test('accepts a digit check character when it is right', () => {
    expect(hasValidResidentIdChecksum(VALID_ID_DIGIT)).toBe(true);
  });
});

describe('findPersonalData', () => {
  test('finds an 18-character ID with a valid check character anywhere in text', () => {
    expect(findPersonalData(`身份证号${VALID_ID}，请核对`)).toEqual([
      { kind: 'residentId', value: VALID_ID, index: 4 },
    ]);
  });

  test('ignores 18 digits whose check character is wrong', () => {
    expect(findPersonalData('编号 110105194912310021')).toEqual([]);
  });

  test('finds a 15-digit old-style ID', () => {
    expect(findPersonalData('旧证 110105491231002')).toMatchObject([
      { kind: 'residentId', value: '110105491231002' },
    ]);
  });

  test('does not take part of a longer number for an ID', () => {
    expect(findPersonalData('账号 1101051949123100201234')).toEqual([]);
  });

  test.each([
    '13800138000',
    '138-0013-8000',
    '138 0013 8000',
    '+86 138 0013 8000',
    '8613800138000',
  ])('finds the mobile number %s', (written) => {
    expect(findPersonalData(`联系 ${written} 张老师`)).toMatchObject([{ kind: 'mobile' }]);
  });

  test.each(['12800138000', '1380013800', '138001380001', '0838-6201234'])(
    'ignores %s, which is not a mobile number',
    (written) => {
      expect(findPersonalData(`电话 ${written}`)).toEqual([]);
    },
  );

  test('accepts numbers listed as official phones, compared by digits', () => {
    expect(findPersonalData('专线 139-9000-1234', ['13990001234'])).toEqual([]);
    expect(findPersonalData('专线 13990001234', ['139 9000 1234'])).toEqual([]);
    expect(findPersonalData('专线 +86 13990001234', ['13990001234'])).toEqual([]);
  });

  test('does not report the digits inside an ID as a phone number', () => {
    // 110105193800138005 contains 13800138005, which alone would be a mobile number.
    expect(findPersonalData('号码 110105193800138005').map((f) => f.kind)).toEqual(['residentId']);
  });
});

describe('findPersonalData: full-width digits are digits', () => {
  test('finds a mobile number typed in full-width digits, reporting it as written', () => {
    expect(findPersonalData('经办人手机：１３９１２３４５６７８。')).toEqual([
      { kind: 'mobile', value: '１３９１２３４５６７８', index: 6 },
    ]);
  });

  test('finds a resident ID typed in full-width digits with a full-width Ｘ', () => {
    expect(findPersonalData('身份证号１１０１０５１９４９１２３１００２Ｘ')).toEqual([
      expect.objectContaining({
        kind: 'residentId',
        value: '１１０１０５１９４９１２３１００２Ｘ',
      }),
    ]);
  });

  test('finds a number that mixes full-width and ASCII digits', () => {
    expect(findPersonalData('电话 １３９1234５６７８')).toHaveLength(1);
  });

  test('accepts an official phone written in full-width digits', () => {
    expect(findPersonalData('专线 １３９９０００１２３４', ['13990001234'])).toEqual([]);
  });
});

describe('findPersonalData: figures are not personal data', () => {
  test.each([
    ['the fraction of a growth rate', '"totalGrowth": 0.001400000000000343'],
    ['a long fraction of 18 digits', 'ratio 0.110105194912310021'],
    ['the whole part of a decimal', 'x = 13800138000.25'],
  ])('ignores %s', (_, text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  test('still finds a mobile number at the end of a sentence', () => {
    expect(findPersonalData('请拨打13800138000.')).toHaveLength(1);
  });

  test('accepts the figures the site publishes, compared by digits', () => {
    const find = personalDataFinder([], [15000000000]);
    expect(find('人才发展专项资金 15000000000 元')).toEqual([]);
    expect(find('手机 15000000001')).toHaveLength(1);
  });
});

describe('asciiDigits', () => {
  test('maps full-width digits, Ｘ and ＋ one character for one', () => {
    expect(asciiDigits('＋８６ １３８ｘ')).toBe('+86 138x');
  });
});

describe('helpers', () => {
  test('phoneDigits keeps digits only', () => {
    expect(phoneDigits('0838-620 1234')).toBe('08386201234');
  });

  test('maskPersonalNumber hides the middle', () => {
    expect(maskPersonalNumber('13800138000')).toBe('138****8000');
    expect(maskPersonalNumber(VALID_ID)).toBe('1101**********002X');
  });
});
