import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import { answer, clientAnswering, failure, renderScreen, variablesOf } from '../testing/render-screen';
import { ImportScreen } from './import-screen';

const CSV = 'Company,Job Title,Stage\nAcme,Engineer,Applied\nBad Co,Engineer,Maybe\nAcme,Engineer,Applied\n';

const row = (line: number, outcome: string, extra: Record<string, unknown> = {}) => ({
  line,
  applicationId: outcome === 'FAILED' ? null : 'a1',
  error: null,
  outcome,
  duplicateOfLine: null,
  company: 'Acme',
  role: 'Engineer',
  status: 'APPLIED',
  ...extra,
});
const result = (done: boolean) => ({
  importApplicationsCsv: {
    imported: 1,
    skipped: 1,
    failed: 1,
    rows: [
      row(2, 'IMPORTED'),
      row(3, 'FAILED', {
        company: null,
        role: null,
        status: null,
        error: 'status "Maybe" is not one Pivotal knows',
      }),
      row(4, 'SKIPPED', { duplicateOfLine: 2 }),
    ],
  },
  done,
});

const answering = () =>
  clientAnswering({
    mutation: (request) => answer(result(request.variables?.['dryRun'] === false)),
  });

describe('the import screen', { timeout: 20_000 }, () => {
  it('given a pasted CSV, when previewed, then shows every row with its error and imports nothing yet', async () => {
    const client = answering();
    renderScreen(<ImportScreen />, { client });
    expect(screen.getByRole('button', { name: 'Preview import' })).toBeDisabled();
    await userEvent.click(screen.getByLabelText('Or paste the CSV'));
    await userEvent.paste(CSV);
    await userEvent.click(screen.getByRole('button', { name: 'Preview import' }));

    const table = await screen.findByRole('table', { name: 'Preview: nothing is imported yet' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'LineCompanyRoleStatusResult',
      '2AcmeEngineerAppliedWill be imported',
      '3———Error status "Maybe" is not one Pivotal knows',
      '4AcmeEngineerAppliedSame as line 2: imported once',
    ]);
    expect(
      screen.getByText('1 application to import, 1 row already there, 1 row with errors.'),
    ).toBeInTheDocument();
    expect(variablesOf(client.executeMutation)).toEqual([{ csv: CSV, dryRun: true }]);
  });

  it('when the preview is confirmed, then imports and sums up what was done', async () => {
    const client = answering();
    renderScreen(<ImportScreen />, { client });
    await userEvent.click(screen.getByLabelText('Or paste the CSV'));
    await userEvent.paste(CSV);
    await userEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Import 1 application' }));

    expect(
      await screen.findByText(/Done: 1 application imported, 1 row already there, 1 row with errors\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'What the import did' })).toHaveTextContent('Imported');
    expect(screen.getByRole('link', { name: 'See them on your dashboard' })).toHaveAttribute('href', '/');
    expect(variablesOf(client.executeMutation)).toEqual([
      { csv: CSV, dryRun: true },
      { csv: CSV, dryRun: false },
    ]);
  });

  it('given a chosen file, then previews its text, by keyboard alone', async () => {
    const client = answering();
    renderScreen(<ImportScreen />, { client });
    const file = new File([CSV], 'huntr-export.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('CSV file'), file);
    expect(await screen.findByText('Chosen: huntr-export.csv')).toBeInTheDocument();
    expect(screen.getByLabelText('Or paste the CSV')).toHaveValue(CSV);
    screen.getByRole('button', { name: 'Preview import' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(variablesOf(client.executeMutation)[0]).toEqual({ csv: CSV, dryRun: true });
  });

  it('while the preview is on its way, then says it is checking', async () => {
    renderScreen(<ImportScreen />, { client: clientAnswering({ mutation: () => never }) });
    await userEvent.click(screen.getByLabelText('Or paste the CSV'));
    await userEvent.paste(CSV);
    await userEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    expect(screen.getByRole('button', { name: 'Checking the file…' })).toBeDisabled();
  });

  it('given a file the api cannot use, then shows why beside the CSV', async () => {
    const client = clientAnswering({
      mutation: () =>
        failure('csv the file has 5,001 rows; at most 5,000 are imported at once: split it', {
          code: 'BAD_USER_INPUT',
          field: 'csv',
        }),
    });
    renderScreen(<ImportScreen />, { client });
    await userEvent.click(screen.getByLabelText('Or paste the CSV'));
    await userEvent.paste(CSV);
    await userEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    const field = await screen.findByLabelText('Or paste the CSV');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/at most 5,000/);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
