import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';

/**
 * One submit at a time for a form with `use:enhance`: a second click while the first is on its
 * way is ignored (no double submits), and after a refusal the focus moves to the error summary.
 */
export class SubmitGuard {
  pending = $state(false);

  constructor(private readonly options: { keepValues?: boolean; onFailure?: () => void } = {}) {}

  enhance: SubmitFunction = ({ cancel }) => {
    if (this.pending) {
      cancel();
      return;
    }
    this.pending = true;
    return async ({ result, update }) => {
      try {
        await update(this.options.keepValues ? { reset: false } : undefined);
      } finally {
        this.pending = false;
      }
      if (result.type !== 'failure') return;
      await tick();
      this.options.onFailure?.();
    };
  };
}
