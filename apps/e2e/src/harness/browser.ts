import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { screenshotsDir } from './workspace';

/** Debian's chromium; `npx playwright install` cannot download here, and CI installs it with apt-get. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags that keep headless chromium quiet, offline and working as root in a container. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Launches headless chromium; close it in `afterAll`. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });

/** A page whose console errors and uncaught exceptions are collected, with screenshots by name. */
export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every `console.error` and uncaught page error so far; a test fails if this is not empty. */
  readonly consoleErrors: string[];
  /** Saves a full-page PNG as `test-output/screenshots/<name>.png`; answers the path. */
  readonly screenshot: (name: string) => Promise<string>;
  /** Closes the page's own browser context. */
  readonly close: () => Promise<void>;
}

/** Where to point a new page and how big it is. */
export interface OpenPageOptions {
  /** The origin relative paths (`page.goto('/')`) resolve against, e.g. the api's `baseUrl`. */
  readonly baseUrl: string;
  /** Defaults to a laptop; pass `{ width: 375, height: 812 }` for a phone. */
  readonly viewport?: { readonly width: number; readonly height: number };
}

/** Opens a page in a fresh context (its own localStorage) that watches the console. */
export const openPage = async (browser: Browser, options: OpenPageOptions): Promise<WatchedPage> => {
  const context = await browser.newContext({
    baseURL: options.baseUrl,
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      consoleErrors.push(`${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.stack ?? error.message}`));
  return {
    page,
    context,
    consoleErrors,
    screenshot: async (name) => {
      await mkdir(screenshotsDir, { recursive: true });
      const path = join(screenshotsDir, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close: () => context.close(),
  };
};
