import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const dir = process.env.CONTENT_DIR ?? 'content';
const loose = z.looseObject({});
const id = ({ entry }: { entry: string }) =>
  entry
    .replace(/\/index\.md$/, '')
    .replace(/\.md$/, '')
    .split('/')
    .pop()!;

export const collections = {
  policies: defineCollection({
    loader: glob({ base: `${dir}/policies`, pattern: '**/*.md', generateId: id }),
    schema: loose,
  }),
  incentives: defineCollection({
    loader: glob({ base: `${dir}/incentives`, pattern: '**/*.md', generateId: id }),
    schema: loose,
  }),
  talents: defineCollection({
    loader: glob({ base: `${dir}/talents`, pattern: '*/index.md', generateId: id }),
    schema: ({ image }) => z.looseObject({ photo: image() }),
  }),
};
