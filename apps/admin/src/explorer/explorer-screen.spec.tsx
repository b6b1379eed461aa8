import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExplorerScreen } from './explorer-screen';

describe('the explorer', () => {
  const requests: { url: string; authorization: string | null; body: string }[] = [];

  // The api is not running in component tests: record what GraphiQL sends and answer "unreachable".
  beforeEach(() => {
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      requests.push({
        url: String(url),
        authorization: new Headers(init.headers).get('authorization'),
        body: String(init.body),
      });
      throw new TypeError('Failed to fetch');
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    requests.length = 0;
  });

  it('loads GraphiQL lazily with saved queries, and runs them against /graphql with the user’s token', async () => {
    const user = userEvent.setup({ delay: null });
    const { container, unmount } = render(<ExplorerScreen token="token-123" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the explorer');
    // The first import of GraphiQL transforms a large module graph: slow on a cold, shared machine.
    await waitFor(() => expect(container.querySelector('.graphiql-container')).not.toBeNull(), { timeout: 60_000 });

    const examples = screen.getByLabelText('Example query');
    expect([...examples.querySelectorAll('option')].map((o) => o.textContent)).toContain('Goal impact on offers');
    await user.selectOptions(examples, 'Goal impact on offers');
    const editorText = () =>
      (container.querySelector('.graphiql-query-editor .CodeMirror') as (Element & { CodeMirror?: { getValue(): string } }) | null)
        ?.CodeMirror?.getValue() ?? '';
    await waitFor(() => expect(editorText()).toContain('goalImpact'), { timeout: 30_000 });

    // The schema comes with the app: nothing is sent until the user runs the query.
    expect(requests).toEqual([]);
    const execute = screen.getByRole('button', { name: /Execute query/ });
    await waitFor(() => expect(execute).toBeEnabled(), { timeout: 30_000 });
    await user.click(execute);
    // Under a loaded machine GraphiQL takes its time to send; it must send exactly one request.
    await waitFor(() => expect(requests).toHaveLength(1), { timeout: 30_000 });
    expect(requests[0]).toMatchObject({ url: '/graphql', authorization: 'Bearer token-123' });
    expect((JSON.parse(requests[0]?.body ?? '{}') as { query: string }).query).toContain('query GoalImpact {');

    // CodeMirror polls its input while focused; stop it before jsdom is torn down.
    (document.activeElement as HTMLElement | null)?.blur();
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 300));
  }, 150_000);
});
