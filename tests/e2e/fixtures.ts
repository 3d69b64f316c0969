import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

interface PageProblems {
  consoleErrors: string[];
  cspViolations: string[];
}

/**
 * Every e2e test gets a page that records console errors, uncaught exceptions and
 * Content-Security-Policy violations; the test fails if any happened.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page }, use) => {
    const problems: PageProblems = { consoleErrors: [], cspViolations: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
    await page.exposeFunction('__reportCspViolation', (text: string) =>
      problems.cspViolations.push(text),
    );
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation: (t: string) => void })
          .__reportCspViolation;
        report(`${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    await use(problems);
    expect(problems.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  },
});

export { expect };

/** Fails on any serious or critical axe violation on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`);
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}
