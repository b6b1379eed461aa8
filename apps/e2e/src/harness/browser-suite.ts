import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startApi, type RunningApi, type StartApiOptions } from './api-server';
import { launchBrowser, openPage, type WatchedPage } from './browser';

/** The api, browser and watched page that a browser spec's tests share. */
export interface BrowserSuite {
  readonly api: RunningApi;
  readonly browser: Browser;
  readonly tab: WatchedPage;
}

const started = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`The ${what} is not started yet: read it inside a test.`);
  return value;
};

/**
 * Call inside a `describe`: starts the api (with `options`, e.g. its seed), headless chromium and a
 * watched page on the api's origin before the tests, and closes the browser and stops the api after.
 */
export const browserSuite = (options: StartApiOptions = {}): BrowserSuite => {
  let api: RunningApi | undefined;
  let browser: Browser | undefined;
  let tab: WatchedPage | undefined;

  beforeAll(async () => {
    api = await startApi(options);
    browser = await launchBrowser();
    tab = await openPage(browser, { baseUrl: api.baseUrl });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  return {
    get api() {
      return started(api, 'api');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get tab() {
      return started(tab, 'page');
    },
  };
};

/** On the log-in screen (of web or admin): fills in email and password and presses "Log in". */
export const logInThroughForm = async (page: Page, account: { email: string; password: string }) => {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).click();
};
