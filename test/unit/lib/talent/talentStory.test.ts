import { describe, expect, test } from 'vitest';
import {
  honorTimeline,
  pressPhotoFileName,
  storyCitation,
  storyHeadline,
  storyTitle,
  suggestedCaption,
  tierLabel,
  type StoryFacts,
} from '../../../../src/lib/talent/talentStory.ts';

const facts = (overrides: Partial<StoryFacts> = {}): StoryFacts => ({
  name: '陶景川',
  photoAlt: '玉雕师陶景川坐在工作台前打磨玉料。',
  photoCredit: '澄溪县融媒体中心 绘',
  organization: '澄溪县景川玉雕工作室',
  quote: '玉料不会说话，但每一道绺裂都在告诉你它想成为什么。',
  publishedOn: '2025-10-15',
  ...overrides,
});

describe('storyHeadline', () => {
  test('joins the name and the quote without its final stop', () => {
    expect(storyHeadline(facts())).toBe('陶景川：玉料不会说话，但每一道绺裂都在告诉你它想成为什么');
  });

  test.each([
    ['a quote of 40 characters', 40, true],
    ['a quote of 41 characters', 41, false],
  ])('uses %s as headline: %s', (_, length, usesQuote) => {
    const quote = '好'.repeat(length);
    expect(storyHeadline(facts({ quote })) === `陶景川：${quote}`).toBe(usesQuote);
  });

  test('falls back to the organisation, then to the name alone', () => {
    expect(storyHeadline(facts({ quote: undefined }))).toBe('陶景川（澄溪县景川玉雕工作室）');
    expect(storyHeadline(facts({ quote: undefined, organization: undefined }))).toBe('陶景川');
  });
});

describe('storyTitle', () => {
  test('puts the section name before the headline', () => {
    expect(storyTitle(facts({ quote: '根得留在澄溪！' }))).toBe('人才风采｜陶景川：根得留在澄溪');
  });
});

describe('suggestedCaption', () => {
  test('describes the photo, then names the person, organisation and credit', () => {
    expect(suggestedCaption(facts())).toBe(
      '玉雕师陶景川坐在工作台前打磨玉料。（陶景川，澄溪县景川玉雕工作室；澄溪县融媒体中心 绘）',
    );
  });

  test('leaves out what is not known', () => {
    expect(suggestedCaption(facts({ organization: undefined, photoCredit: undefined }))).toBe(
      '玉雕师陶景川坐在工作台前打磨玉料。（陶景川）',
    );
  });
});

describe('storyCitation', () => {
  test('cites site, title, Chinese date and URL', () => {
    expect(
      storyCitation({
        siteName: '澄溪县人才工作网',
        title: storyTitle(facts({ quote: '根得留在澄溪' })),
        publishedOn: '2025-10-05',
        url: 'https://rc.example.gov.cn/talents/tao-jingchuan/',
      }),
    ).toBe(
      '澄溪县人才工作网《人才风采｜陶景川：根得留在澄溪》，2025年10月5日，https://rc.example.gov.cn/talents/tao-jingchuan/',
    );
  });
});

describe('pressPhotoFileName', () => {
  test('names the file after the story and the size', () => {
    expect(pressPhotoFileName('tao-jingchuan', 1600, 1067)).toBe('tao-jingchuan-1600x1067.jpg');
  });
});

describe('honorTimeline', () => {
  test('orders by year, then level from national down, then title', () => {
    const sorted = honorTimeline([
      { title: 'd', year: 2025, level: '县级' },
      { title: 'c', year: 2022, level: '县级' },
      { title: 'b', year: 2022, level: '国家级' },
      { title: 'a', year: 2022, level: '县级' },
    ]);
    expect(sorted.map((h) => h.title)).toEqual(['b', 'a', 'c', 'd']);
  });

  test('is empty without honours and leaves its input untouched', () => {
    expect(honorTimeline(undefined)).toEqual([]);
    const input = [
      { title: 'b', year: 2024, level: '县级' as const },
      { title: 'a', year: 2020, level: '县级' as const },
    ];
    honorTimeline(input);
    expect(input[0]!.title).toBe('b');
  });
});

describe('tierLabel', () => {
  test('names the class and its meaning', () => {
    expect(tierLabel('E')).toBe('E类（县级骨干人才）');
  });
});
