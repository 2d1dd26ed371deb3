import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The app is built into the jar's static resources, so the service serves it at / with no CDN.
export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: '../../../target/classes/static',
    emptyOutDir: true,
    // Budget: the first view's JavaScript stays under 300 KB gzipped (measured by the browser test).
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/graphql': 'http://localhost:8080', '/reports': 'http://localhost:8080', '/exports': 'http://localhost:8080', '/imports': 'http://localhost:8080' },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
