import { describe, expect, test } from 'vitest';
import { siteSchema } from '../../../src/schemas/site.ts';
import { makeSite } from '../../support/factories.ts';

const issues = (data: unknown) => {
  const result = siteSchema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('siteSchema', () => {
  test.each(['name', 'office', 'region', 'url'])('requires %s', (key) => {
    expect(issues(makeSite({ [key]: undefined }))).toMatchObject([{ path: key }]);
  });

  test.each(['https://rc.example.gov.cn/rencai/', 'rc.example.gov.cn', 'javascript:alert(1)'])(
    'rejects the url %s',
    (url) => {
      expect(issues(makeSite({ url }))).toMatchObject([{ path: 'url' }]);
    },
  );

  test('reads an unquoted site code and phone numbers as text', () => {
    const site = siteSchema.parse(
      makeSite({ siteCode: 5106830001, officialPhones: [13990001234, '0838-6201234'] }),
    );
    expect(site.siteCode).toBe('5106830001');
    expect(site.officialPhones).toEqual(['13990001234', '0838-6201234']);
  });

  test('rejects a site code that is not ten digits', () => {
    expect(issues(makeSite({ siteCode: '51068' }))).toMatchObject([{ path: 'siteCode' }]);
  });

  test('rejects an unknown contact key', () => {
    expect(issues(makeSite({ contact: { fax: '0838-1' } }))).toMatchObject([{ path: 'contact' }]);
  });
});
