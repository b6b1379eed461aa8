import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithAnswers } from '../testing/render';
import { apiError } from '../testing/test-client';
import { DownloadMyData } from './download-my-data';

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

describe('download my data (staff and analysts)', () => {
  it('asks for nothing until pressed, then saves the staff member own export as a .json file', async () => {
    const { callsOf } = renderWithAnswers(<DownloadMyData />, {
      MyDataExport: { data: { myDataExport: { json: '{"account":{}}', generatedAt: '2026-12-07T10:00:00.000Z' } } },
    });
    expect(callsOf('MyDataExport')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    expect(await screen.findByText('Your data was saved as pivotal-data-2026-12-07.json.')).toBeInTheDocument();
    expect(saved).toHaveLength(1);
  });

  it('says so when the export fails', async () => {
    renderWithAnswers(<DownloadMyData />, { MyDataExport: apiError('INTERNAL_SERVER_ERROR', 'internal error') });
    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(saved).toHaveLength(0);
  });
});
