import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    // The API has its own CSRF check; form actions are protected by SvelteKit's origin check.
    csrf: { trustedOrigins: [] },
  },
};

export default config;
