import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API at /admin; in development the dev server forwards API calls to it.
const api = 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  server: { proxy: { '/graphql': api, '/reports': api } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // The generated GraphQL documents (every query and mutation of the console, about 80 kB gzipped)
    // are a chunk of their own beside the entry, loaded in parallel with it and cached separately.
    rolldownOptions: { output: { advancedChunks: { groups: [{ name: 'documents', test: /[\\/]src[\\/]generated[\\/]/ }] } } },
  },
});
