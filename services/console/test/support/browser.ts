import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CONSOLE_ROOT } from '../../scripts/console-build.js';

/** Debian's chromium package; `.ci/run` installs it. */
export const CHROMIUM = process.env.IAMGATE_CHROMIUM ?? '/usr/bin/chromium';
/** Screenshots of every page the scenario visits (git-ignored). */
export const ARTIFACTS = join(CONSOLE_ROOT, 'test-results');

/** A browser page on the console, and what it did that it must not. */
export interface ConsoleBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Requests to any origin but the gateway's, refused before they left. */
  foreignRequests: string[];
  /** Errors the page threw and Content-Security-Policy violations it reported. */
  pageErrors: string[];
  close: () => Promise<void>;
}

/**
 * Launches the machine's Chromium (throwing, so the test fails, when it cannot) with a context in which every
 * request to another origin than `origin` is aborted and recorded.
 */
export async function openConsoleBrowser(origin: string): Promise<ConsoleBrowser> {
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  } catch (error) {
    throw new Error(
      `cannot launch Chromium at ${CHROMIUM} (install it: apt-get install -y chromium): ${(error as Error).message}`,
      { cause: error },
    );
  }
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
      pageErrors.push(`console: ${message.text()}`);
    }
  });
  return {
    browser,
    context,
    page,
    foreignRequests,
    pageErrors,
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}

/** The page's accessibility violations by axe-core (WCAG 2.1 A and AA), one line each; empty when none. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`,
    ),
  );
}

/** Saves a full-page screenshot as `test-results/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
