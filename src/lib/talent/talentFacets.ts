import { pinyin } from 'pinyin-pro';
import {
  HONOR_LEVELS,
  HONOR_LEVEL_CODES,
  TEAMS,
  TEAM_CODES,
  type HonorLevel,
  type Team,
} from '../../schemas/vocabularies.ts';
import { routes } from '../site/routes.ts';

/**
 * The filters of the talent directory (人才队伍, 行业领域, 荣誉级别, 返乡人才) as
 * pre-built pages: each filter value gets an ASCII URL and the talents it selects,
 * so the directory can be filtered without JavaScript.
 */

/** What the facets need to know about a talent. */
export interface FacetTalent {
  slug: string;
  data: {
    team: Team;
    field: string;
    honors?: readonly { level: HonorLevel }[] | undefined;
    returnee?: boolean | undefined;
  };
}

/** The four ways the directory can be filtered. */
export type TalentFacetKind = 'team' | 'field' | 'honor' | 'returnee';

/** One filter value: its page and the talents it selects. */
export interface TalentFacetValue {
  kind: TalentFacetKind;
  /** ASCII URL segment. */
  code: string;
  /** What readers see, e.g. `高技能人才`. */
  label: string;
  /** Page path without base; only built when `slugs` is not empty. */
  path: string;
  /** Talents selected, in the order of the input list. */
  slugs: string[];
}

/** A filter and its values, in display order. */
export interface TalentFacetGroup {
  kind: TalentFacetKind;
  /** Heading of the group, e.g. `人才队伍`. */
  label: string;
  values: TalentFacetValue[];
}

/**
 * Talent slugs that would collide with the filter pages under /talents/.
 * @example RESERVED_TALENT_SLUGS.includes('returnee') // true
 */
export const RESERVED_TALENT_SLUGS: readonly string[] = ['team', 'field', 'honor', 'returnee'];

/**
 * The ASCII URL segment of a 行业领域: its pinyin without tones, syllables run together,
 * other letters and digits kept, anything else a hyphen.
 * @example fieldCode('新材料') // 'xincailiao'
 * @example fieldCode('AI 芯片') // 'ai-xinpian'
 */
export function fieldCode(field: string): string {
  const parts = pinyin(field, { toneType: 'none', type: 'all', nonZh: 'consecutive', v: true });
  let code = '';
  let previousWasZh = false;
  for (const part of parts) {
    if (part.isZh) {
      code += (code && !previousWasZh ? '-' : '') + part.pinyin;
    } else {
      code += `-${part.origin}-`;
    }
    previousWasZh = part.isZh;
  }
  const ascii = code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii || 'field';
}

/**
 * Codes for a set of fields, unique even when two fields share a pinyin (the second in
 * code-point order gets `-2`, and so on), so every field has its own page.
 * @example fieldCodes(['中医', '新材料']).get('中医') // 'zhongyi'
 */
export function fieldCodes(fields: Iterable<string>): Map<string, string> {
  const codes = new Map<string, string>();
  const used = new Set<string>();
  for (const field of [...new Set(fields)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const base = fieldCode(field);
    let code = base;
    for (let n = 2; used.has(code); n++) code = `${base}-${n}`;
    used.add(code);
    codes.set(field, code);
  }
  return codes;
}

/**
 * The directory's filters over a list of published talents: all six teams and all four
 * honour levels (a value may select nobody), the fields that occur (in code order), and
 * returnees. A talent is under an honour level when at least one of its honours has it.
 * @example talentFacets([{ slug: 'a', data: { team: '高技能人才', field: '玉雕' } }])[1].values[0].code // 'yudiao'
 */
export function talentFacets(talents: readonly FacetTalent[]): TalentFacetGroup[] {
  const select = (test: (t: FacetTalent) => boolean) => talents.filter(test).map((t) => t.slug);
  const codes = fieldCodes(talents.map((t) => t.data.field));
  const fields = [...codes].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    {
      kind: 'team',
      label: '人才队伍',
      values: TEAMS.map((team) => ({
        kind: 'team',
        code: TEAM_CODES[team],
        label: team,
        path: routes.talentsByTeam(TEAM_CODES[team]),
        slugs: select((t) => t.data.team === team),
      })),
    },
    {
      kind: 'field',
      label: '行业领域',
      values: fields.map(([field, code]) => ({
        kind: 'field',
        code,
        label: field,
        path: routes.talentsByField(code),
        slugs: select((t) => t.data.field === field),
      })),
    },
    {
      kind: 'honor',
      label: '荣誉级别',
      values: HONOR_LEVELS.map((level) => ({
        kind: 'honor',
        code: HONOR_LEVEL_CODES[level],
        label: `${level}荣誉`,
        path: routes.talentsByHonor(HONOR_LEVEL_CODES[level]),
        slugs: select((t) => (t.data.honors ?? []).some((h) => h.level === level)),
      })),
    },
    {
      kind: 'returnee',
      label: '返乡人才',
      values: [
        {
          kind: 'returnee',
          code: 'returnee',
          label: '返乡人才',
          path: routes.talentsReturnee(),
          slugs: select((t) => t.data.returnee === true),
        },
      ],
    },
  ];
}

/**
 * Every filter value that selects at least one talent: the pages to build.
 * @example facetPages(talentFacets([])) // []
 */
export function facetPages(groups: readonly TalentFacetGroup[]): TalentFacetValue[] {
  return groups.flatMap((g) => g.values).filter((v) => v.slugs.length > 0);
}
