/**
 * Minimal valid frontmatter for each collection, plus overrides: one test case per behaviour
 * (`makePolicy({ docNumber: 'bad' })`). Values are raw, as an editor writes them in YAML.
 */

/** Raw frontmatter: what YAML parsing produces before validation. */
export type Raw = Record<string, unknown>;

const withOverrides = (base: Raw, overrides: Raw): Raw => {
  const out = { ...base, ...overrides };
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete out[key];
  return out;
};

/** A valid policy; pass `undefined` for a key to remove it. */
export const makePolicy = (overrides: Raw = {}): Raw =>
  withOverrides(
    {
      title: '测试县人才引进办法',
      kind: '办法',
      issuer: '测试县人力资源和社会保障局',
      topic: '人才引进',
      publishedOn: '2024-03-01',
      summary: '明确人才引进的支持措施。',
    },
    overrides,
  );

/** A valid incentive. */
export const makeIncentive = (overrides: Raw = {}): Raw =>
  withOverrides(
    {
      title: '博士研究生安家补贴',
      policy: 'yinjin-banfa',
      benefit: '安家补贴',
      summary: '博士研究生可领取安家补贴。',
    },
    overrides,
  );

/** A valid talent (photo as a path, as validate sees it). */
export const makeTalent = (overrides: Raw = {}): Raw =>
  withOverrides(
    {
      name: '王岚',
      photo: './photo.jpg',
      photoAlt: '王岚在实验室',
      consent: true,
      team: '专业技术人才',
      field: '新材料',
      summary: '返乡博士。',
      publishedOn: '2025-05-04',
    },
    overrides,
  );

/** A valid year of indicators. */
export const makeIndicators = (overrides: Raw = {}): Raw =>
  withOverrides({ year: 2024, total: 1000 }, overrides);

/** A valid site.yaml. */
export const makeSite = (overrides: Raw = {}): Raw =>
  withOverrides(
    {
      name: '测试县人才工作网',
      office: '测试县委人才办',
      region: '测试县',
      url: 'https://rc.test.example.gov.cn',
    },
    overrides,
  );
