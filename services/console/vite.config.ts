import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `pnpm dev` sends API calls: a gateway started with `pnpm start`. */
const gateway = process.env.IAMGATE_GATEWAY_URL ?? 'http://localhost:4000';

export default defineConfig({
  // The gateway serves the build at /console/ (services/gateway/src/console/use-console.ts).
  base: '/console/',
  plugins: [react()],
  resolve: {
    // Workspace packages (@iamgate/policy, @iamgate/sdk) are bundled from their TypeScript sources.
    conditions: ['@iamgate/source', 'browser', 'module', 'import', 'default'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Nothing is inlined as a data: URL: the Content-Security-Policy allows files of the console's own origin only.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
    // One bundle (about 135 kB gzipped, a third of it the typed documents of every API operation): the console is
    // served by the gateway it talks to, and one request beats a waterfall of chunks.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/graphql': { target: gateway, changeOrigin: true },
      '/authorize': { target: gateway, changeOrigin: true },
    },
  },
});
