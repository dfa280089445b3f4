import { describe, expect, test } from 'vitest';
import {
  findPersonalData,
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

describe('helpers', () => {
  test('phoneDigits keeps digits only', () => {
    expect(phoneDigits('0838-620 1234')).toBe('08386201234');
  });

  test('maskPersonalNumber hides the middle', () => {
    expect(maskPersonalNumber('13800138000')).toBe('138****8000');
    expect(maskPersonalNumber(VALID_ID)).toBe('1101**********002X');
  });
});
