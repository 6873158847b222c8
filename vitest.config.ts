import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tools/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
  // vite 7 (pinned in package.json: vite 8 lists an optional package the registry lacks,
  // which breaks `npm ci`) transforms with esbuild.
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
