import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API at /portal; in development the dev server forwards API calls to it.
const api = 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/portal/',
  plugins: [react()],
  server: { proxy: { '/graphql': api, '/signup': api, '/pricing': api, '/downloads': api } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL's editor (Monaco) is megabytes; it is a lazy chunk of the API explorer only, so its
    // size does not reach the first load. The React compiler's "use no memo" directives in
    // @graphiql/react are hints the bundle can drop.
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
