import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // adapter-node assumes https unless ORIGIN is set: `pnpm start` and the tests set it to PUBLIC_URL.
    adapter: adapter(),
    // The API has its own CSRF check; form actions are protected by SvelteKit's origin check.
    csrf: { trustedOrigins: [] },
    // SvelteKit adds nonces or hashes for its own inline scripts, and 'unsafe-inline' styles in dev.
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self'],
        // SvelteKit's route announcer for screen readers is hidden with a style attribute.
        'style-src-attr': ['unsafe-inline'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
        'base-uri': ['self'],
        'object-src': ['none'],
      },
    },
  },
};

export default config;
