/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { recoverAll, removeStagingCopies } from './scripts/build/atomic.ts';
import { utf8Text } from './scripts/utf8-text.ts';
import { themeCss } from './src/lib/palette.ts';
import { VIEW_PARTS } from './src/lib/types.ts';
import { DEFAULT_STATE, PATTERNS } from './src/lib/url-state.ts';

/**
 * The pages' preload hints check ids with the app's own patterns and defaults (one validator:
 * src/lib/url-state.ts): `%PAGE_PATTERNS%` and `%APP_DEFAULTS%` in the HTML become JSON.
 */
function pagePatterns(): Plugin {
  const patterns = JSON.stringify({ id: PATTERNS.id.source, region: PATTERNS.region.source, document: PATTERNS.document.source, parts: VIEW_PARTS });
  const defaults = JSON.stringify({ indicator: DEFAULT_STATE.indicator, region: DEFAULT_STATE.region });
  return {
    name: 'zhumadian-page-patterns',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replaceAll('%PAGE_PATTERNS%', patterns).replaceAll('%APP_DEFAULTS%', defaults),
    },
  };
}

// Tests are deterministic: one time zone everywhere.
process.env.TZ = 'UTC';

const page = (file: string) => resolve(import.meta.dirname, file);

/**
 * public/ holds the dataset (public/data), which `npm run build:data` swaps in through staging
 * folders beside it (.data.tmp-…, .data.old-…), and Vite copies public/ whole, hidden folders too.
 * So before a build, a dataset stranded by a killed build:data is put back; after it, no staging
 * folder is left in the output.
 */
function publicDataGuard(): Plugin {
  let publicDir = '';
  return {
    name: 'public-data-guard',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    buildStart() {
      if (publicDir) recoverAll(publicDir);
    },
    writeBundle() {
      const { root, build } = this.environment.config;
      removeStagingCopies(resolve(root, build.outDir));
    },
  };
}

/** `import 'virtual:theme.css'`: the colour variables, generated from the one palette (src/lib/palette.ts). */
function theme(): Plugin {
  const id = 'virtual:theme.css';
  return {
    name: 'zhumadian-theme',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? themeCss() : undefined),
  };
}

/** The built pages carry no HTML comments: they are notes for whoever edits the source, not bytes for every reader. */
function dropHtmlComments(): Plugin {
  return {
    name: 'zhumadian-drop-html-comments',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => html.replace(/\n?[ \t]*<!--[\s\S]*?-->/g, '') },
  };
}

export default defineConfig({
  plugins: [svelte(), theme(), pagePatterns(), publicDataGuard(), dropHtmlComments(), utf8Text()],
  base: './',
  build: {
    target: 'es2022',
  },
  // Two builds into one dist/: the app (index.html, public/) and the embed (embed.html). Built
  // apart, the embed's one chunk holds only what the embed uses (no framework), nothing of the app's.
  environments: {
    client: {
      build: { rolldownOptions: { input: { main: page('index.html') } } },
    },
    embed: {
      consumer: 'client',
      build: {
        emptyOutDir: false,
        copyPublicDir: false,
        // One chunk: nothing to preload, so no preload polyfill either.
        modulePreload: { polyfill: false },
        rolldownOptions: { input: { embed: page('embed.html') } },
      },
    },
  },
  builder: {
    async buildApp(builder) {
      // In order: the app build empties dist/ (when asked to), the embed build adds to it.
      await builder.build(builder.environments.client!);
      await builder.build(builder.environments.embed!);
    },
  },
  test: {
    projects: [
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
