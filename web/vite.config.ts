import { defineConfig } from 'vite';

// No React plugin: Vite's own transform compiles TSX with the automatic JSX runtime, enough for a production build.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One bundle (React, Mantine, the screens) of ~190 kB gzipped, loaded once per shift; splitting can come with more screens.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // Mantine marks its modules "use client" for React Server Components; meaningless in a SPA bundle.
      onwarn: (warning, warn) => (warning.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : warn(warning)),
    },
  },
  server: {
    proxy: {
      '^/(?!src/|@|node_modules/)': {
        target: 'http://localhost:3000',
        bypass: (req) => (req.headers.accept?.includes('text/html') ? '/index.html' : undefined),
      },
    },
  },
});
