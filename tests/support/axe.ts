import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';

const require = createRequire(import.meta.url);

/** The WCAG 2.0 and 2.1 success criteria at levels A and AA, as axe-core tags its rules. */
export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The impacts that fail a page: someone using assistive technology is blocked or badly hindered. */
export const BLOCKING: ImpactValue[] = ['serious', 'critical'];

/** One rule axe-core found broken, with the elements that break it. */
export interface Violation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary: string | undefined }[];
}

let axeSource: string | undefined;

/**
 * Runs axe-core on the page as it is now and returns its violations of the given tags (WCAG 2.1
 * A and AA by default). The script is evaluated through the DevTools protocol rather than added as
 * a <script> element: the site's Content-Security-Policy allows only its own scripts, and the check
 * must not need that policy loosened.
 */
export async function axeViolations(page: Page, tags: string[] = WCAG21_AA): Promise<Violation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);

  const options: RunOptions = { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] };
  return page.evaluate(async (options) => {
    const { axe, document } = globalThis as unknown as {
      axe: { run(context: unknown, options: RunOptions): Promise<AxeResults> };
      document: unknown;
    };
    const results = await axe.run(document, options);
    return results.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
      id,
      impact,
      help,
      helpUrl,
      nodes: nodes.map(({ target, html, failureSummary }) => ({
        target: target.map((selector) => (Array.isArray(selector) ? selector.join(' >>> ') : String(selector))),
        html,
        failureSummary,
      })),
    }));
  }, options);
}

/** A list a person can read: one block per rule with its impact, what it asks and the elements that fail it. */
export function describeViolations(violations: Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const why = node.failureSummary
            ?.split('\n')
            .slice(1)
            .map((line) => line.trim())
            .filter(Boolean)
            .join('; ');
          return `    - ${node.target.join(' ')}${why ? `\n      ${why}` : ''}`;
        })
        .join('\n');
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/**
 * Fails with a readable message when axe-core finds a serious or critical WCAG 2.1 A/AA violation
 * on the page as it is now. Returns the less severe violations.
 */
export async function expectNoSeriousViolations(page: Page, label = new URL(page.url()).pathname): Promise<Violation[]> {
  const violations = await axeViolations(page);
  const blocking = violations.filter((violation) => BLOCKING.includes(violation.impact ?? null));
  if (blocking.length > 0) {
    const count = `${blocking.length} serious or critical accessibility ${blocking.length === 1 ? 'violation' : 'violations'}`;
    throw new Error(`${label}: ${count}\n${describeViolations(blocking)}`);
  }
  return violations.filter((violation) => !blocking.includes(violation));
}
