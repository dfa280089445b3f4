// The benchmark's baseline: a bare Astro site over the same Markdown, with nothing but one
// page per entry, its photo through astro:assets, and a Pagefind index. What a plain site pays.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
