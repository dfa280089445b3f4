import { describe, expect, test } from 'vitest';
import { citationUrl, citePolicy } from '../../../../src/lib/policy/policyCitation.ts';

const policy = {
  title: '澄溪县高层次人才引进办法',
  docNumber: '澄委组发〔2024〕6号',
  url: 'https://rc.example.gov.cn/policies/gaocengci/',
};

describe('citePolicy', () => {
  test('names the title in 书名号, the 发文字号 and the URL', () => {
    expect(citePolicy(policy)).toBe(
      '《澄溪县高层次人才引进办法》（澄委组发〔2024〕6号），https://rc.example.gov.cn/policies/gaocengci/',
    );
  });

  test('cites one article with its anchor', () => {
    expect(citePolicy(policy, { label: '第五条', anchor: 'art-5' })).toBe(
      '《澄溪县高层次人才引进办法》（澄委组发〔2024〕6号）第五条，https://rc.example.gov.cn/policies/gaocengci/#art-5',
    );
  });

  test('nests book-title marks as 〈〉', () => {
    expect(citePolicy({ title: '《澄溪县高层次人才引进办法》政策解读', url: 'u' })).toBe(
      '《〈澄溪县高层次人才引进办法〉政策解读》，u',
    );
  });

  test('leaves out the 发文字号 when there is none', () => {
    expect(citePolicy({ title: '政策解读', url: 'https://rc.example.gov.cn/policies/j/' })).toBe(
      '《政策解读》，https://rc.example.gov.cn/policies/j/',
    );
  });
});

describe('citationUrl', () => {
  test('adds the anchor only when given', () => {
    expect(citationUrl('https://x/p/', 'art-12')).toBe('https://x/p/#art-12');
    expect(citationUrl('https://x/p/')).toBe('https://x/p/');
  });
});
