import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, clientAnswering, failure, renderScreen } from '../testing/render-screen';
import { CsvActions } from './csv-actions';

const CSV =
  'Company,Role,Status,Applied date,URL,Location,Notes\r\nAcme,Engineer,applied,2026-03-01T00:00:00.000Z,,,\r\n';

let saved: { name: string; blob: Blob }[];
// jsdom's Blob has no text(): read it as a browser without it would.
const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
beforeEach(() => {
  saved = [];
  let blob: Blob | null = null;
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => ((blob = b), 'blob:csv')),
      revokeObjectURL: vi.fn(),
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) saved.push({ name: this.download, blob });
  });
});
afterEach(() => vi.restoreAllMocks());

describe('the spreadsheet actions on the dashboard', { timeout: 20_000 }, () => {
  it('given nothing asked, then fetches nothing, and links to the import screen', () => {
    const client = clientAnswering();
    renderScreen(<CsvActions />, { client });
    expect(client.executeQuery).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Import from a CSV' })).toHaveAttribute('href', '/import');
  });

  it('when Download CSV is pressed, then saves the api’s CSV as applications.csv and says so', async () => {
    const client = clientAnswering({ query: () => answer({ applicationsCsv: CSV }) });
    renderScreen(<CsvActions />, { client });
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByText('Your applications were saved as applications.csv.')).toBeInTheDocument();
    expect(saved.map((s) => s.name)).toEqual(['applications.csv']);
    expect(await textOf(saved[0]?.blob as Blob)).toBe(CSV);
    expect(saved[0]?.blob.type).toBe('text/csv;charset=utf-8');
  });

  it('given the api refuses, then says why and saves nothing', async () => {
    const client = clientAnswering({ query: () => failure('sign in first', { code: 'UNAUTHENTICATED' }) });
    renderScreen(<CsvActions />, { client });
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(saved).toEqual([]);
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeEnabled();
  });
});
