import { requireEditor } from '$lib/server/moderation';
import type { LayoutServerLoad } from './$types';

// Page loads and actions check again: they do not wait for this layout.
export const load: LayoutServerLoad = (event) => {
  requireEditor(event);
  return {};
};
