import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { parsePolicyStructure } from '../../../../src/lib/policy/policyArticles.ts';
import {
  citationExamples,
  citationUrl,
  citePolicy,
} from '../../../../src/lib/policy/policyCitation.ts';

const real = (file: string) =>
  parsePolicyStructure(matter(readFileSync(`test/fixtures/real/policies/${file}`, 'utf8')).content);

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

describe('citePolicy with the 2026-12 forms', () => {
  test('cites a 款 with its exact anchor', () => {
    expect(
      citePolicy(
        { title: '山东省人才发展促进条例', url: 'https://x/policies/t/' },
        { label: '第十八条第一款', anchor: 'art-18-1' },
      ),
    ).toBe('《山东省人才发展促进条例》第十八条第一款，https://x/policies/t/#art-18-1');
  });

  test('keeps the brackets of a 公告 number inside the 发文字号 brackets', () => {
    expect(
      citePolicy({
        title: '广州市青年创新创业促进条例',
        docNumber: '广州市第十六届人民代表大会常务委员会公告（第11号）',
        url: 'u',
      }),
    ).toBe(
      '《广州市青年创新创业促进条例》（广州市第十六届人民代表大会常务委员会公告（第11号）），u',
    );
  });
});

describe('citationExamples', () => {
  test('gives the first article and the first 款 of the first article that has several', () => {
    const structure = real('tiaoli/shandong-rencai-fazhan-cujin-tiaoli.md');
    const withClauses = structure.articles.find((a) => a.clauses.length > 1)!;
    expect(citationExamples(structure)).toEqual([
      { kind: '条', label: '第一条', anchor: 'art-1' },
      {
        kind: '款',
        label: `${withClauses.label}第一款`,
        anchor: `${withClauses.anchor}-1`,
      },
    ]);
  });

  test('gives only the article when no article has a second 款', () => {
    expect(citationExamples(parsePolicyStructure('第一条　甲\n\n第二条　乙'))).toEqual([
      { kind: '条', label: '第一条', anchor: 'art-1' },
    ]);
  });

  test('gives a part and an item in a document without articles', () => {
    expect(citationExamples(real('yijian/cujin-jiuye-gongzuo-ruogan-yijian.md'))).toEqual([
      { kind: '部分', label: '一', anchor: 'part-1' },
      { kind: '项', label: '一（一）', anchor: 'part-1-1' },
    ]);
  });

  test('gives nothing for a document without divisions', () => {
    expect(citationExamples(parsePolicyStructure('只有一段。'))).toEqual([]);
  });
});
