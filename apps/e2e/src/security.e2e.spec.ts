import { describe, expect, it } from 'vitest';
import { browserSuite, logInThroughForm, newStaffAccount, seedAgencyWithStaff } from './harness';

const staff = newStaffAccount({
  agencyName: 'Security E2E',
  agencyCode: 'SECURE2E',
  email: 'coach@security-e2e.test',
});

describe('the served apps under their security headers, in a real browser', () => {
  const suite = browserSuite({
    seed: (cli) => seedAgencyWithStaff(cli, staff),
    env: { PIVOTAL_THROTTLE_LOGIN_ACCOUNT: '2/15m' },
  });

  it('serves the admin app with the CSP, which lets the app talk to its api over fetch and websockets and refuses an injected script', async () => {
    const { tab } = suite;
    const { page } = tab;
    const response = await page.goto('/admin/');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    await page.getByRole('heading', { name: 'Log in' }).waitFor();

    const inPage = await page.evaluate(async () => {
      // What an injected script would do: an inline <script> the policy must refuse to run.
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
          once: true,
        }),
      );
      const injected = document.createElement('script');
      injected.textContent = 'window.__injectedRan = true;';
      document.body.append(injected);
      const refusedBy = await violation;
      const inlineScriptRan = (window as { __injectedRan?: boolean }).__injectedRan === true;
      const websocketOpens = await new Promise<boolean>((resolve) => {
        const socket = new WebSocket(
          `${location.origin.replace(/^http/, 'ws')}/graphql`,
          'graphql-transport-ws',
        );
        socket.onopen = () => {
          socket.close();
          resolve(true);
        };
        socket.onerror = () => resolve(false);
      });
      const fetched = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }).then((r) => r.json() as Promise<unknown>);
      return { inlineScriptRan, refusedBy, websocketOpens, fetched };
    });
    expect(inPage).toEqual({
      inlineScriptRan: false,
      refusedBy: 'script-src-elem',
      websocketOpens: true,
      fetched: { data: { __typename: 'Query' } },
    });
    // The one console error is the refused injected script: the app itself broke no rule of the policy.
    expect(
      tab.consoleErrors.filter(
        (error) =>
          !/Executing inline script violates the following Content Security Policy directive 'script-src/.test(
            error,
          ),
      ),
    ).toEqual([]);
    tab.consoleErrors.length = 0;
  });

  it('tells a person at the log-in form how long to wait once their account is throttled', async () => {
    const { tab } = suite;
    const { page } = tab;
    await page.goto('/admin/');
    for (let attempt = 0; attempt < 3; attempt++) {
      await logInThroughForm(page, { email: staff.email, password: `not-the-password-${attempt}` });
      await page.getByRole('button', { name: 'Log in' }).waitFor();
      await page.waitForLoadState('networkidle');
    }
    await page.getByText(/Too many attempts; try again in 1[45] minutes\./).waitFor();
    await tab.screenshot('security-01-throttled-log-in');
    expect(tab.consoleErrors).toEqual([]);
  });
});
