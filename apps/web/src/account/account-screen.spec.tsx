import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { never } from 'wonka';
import { answer, clientAnswering, failure, renderScreen, variablesOf } from '../testing/render-screen';
import { AccountScreen } from './account-screen';

const exported = answer({
  myDataExport: { json: '{"applications":[{"company":"Acme"}]}', generatedAt: '2026-12-07T10:00:00.000Z' },
});

// jsdom has no object URLs: record what the browser would have been asked to save.
const saved: Blob[] = [];
beforeEach(() => {
  saved.length = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push(blob);
    return 'blob:export';
  });
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe('the account screen', () => {
  it('says plainly what erasing keeps and what it does not', () => {
    renderScreen(<AccountScreen />);
    expect(screen.getByRole('heading', { name: 'Erase my account' })).toBeInTheDocument();
    expect(screen.getByText(/anonymous counts in your agency.s statistics/)).toBeInTheDocument();
    expect(screen.getByText(/every application, company, role, interview note, rejection reason, feedback and goal/)).toBeInTheDocument();
  });

  it('asks for nothing until "Download my data" is pressed, then saves the export as a .json file', async () => {
    const client = clientAnswering({ query: () => exported });
    renderScreen(<AccountScreen />, { client });
    expect(client.executeQuery).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));

    expect(await screen.findByText('Saved as pivotal-data-2026-12-07.json.')).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    expect(await textOf(saved[0] as Blob)).toBe('{"applications":[{"company":"Acme"}]}');
  });

  it('says the export is being prepared while it is on its way', async () => {
    renderScreen(<AccountScreen />, { client: clientAnswering({ query: () => never }) });
    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    expect(screen.getByRole('button', { name: 'Preparing your data…' })).toBeDisabled();
  });

  it('says so when the export fails', async () => {
    renderScreen(<AccountScreen />, {
      client: clientAnswering({ query: () => failure('internal error', { code: 'INTERNAL_SERVER_ERROR' }) }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(saved).toHaveLength(0);
  });

  it('given the password and the confirmation, when erasing, then sends the password, logs out and says the account was erased', async () => {
    const client = clientAnswering({ mutation: () => answer({ eraseMyAccount: true }) });
    const { store } = renderScreen(<AccountScreen />, { client });

    await userEvent.click(screen.getByRole('button', { name: 'Erase my account' }));
    await userEvent.type(screen.getByLabelText('Your password'), 'my-password');
    await userEvent.click(screen.getByRole('button', { name: 'Erase my account for good' }));

    expect(variablesOf(client.executeMutation as never)).toEqual([{ password: 'my-password' }]);
    expect(store.current()).toBeNull();
    expect(window.location.pathname + window.location.search).toBe('/login?erased=1');
  });

  it('given a wrong password, then says nothing was erased and keeps the session', async () => {
    const client = clientAnswering({ mutation: () => failure('the password is wrong', { code: 'UNAUTHENTICATED' }) });
    const { store } = renderScreen(<AccountScreen />, { client });

    await userEvent.click(screen.getByRole('button', { name: 'Erase my account' }));
    await userEvent.type(screen.getByLabelText('Your password'), 'not-it');
    await userEvent.click(screen.getByRole('button', { name: 'Erase my account for good' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('That is not your password. Nothing was erased.');
    expect(store.current()).not.toBeNull();
  });

  it('given second thoughts, when keeping the account, then nothing is sent', async () => {
    const client = clientAnswering();
    renderScreen(<AccountScreen />, { client });
    await userEvent.click(screen.getByRole('button', { name: 'Erase my account' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep my account' }));
    expect(client.executeMutation).not.toHaveBeenCalled();
    expect(screen.queryByLabelText('Your password')).not.toBeInTheDocument();
  });
});
