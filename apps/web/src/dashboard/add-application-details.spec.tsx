import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { application } from '../testing/fixtures';
import { answer, clientAnswering, failure, renderScreen, variablesOf } from '../testing/render-screen';
import { AddApplicationForm } from './add-application-form';

// Typing through userEvent is slow on a loaded machine: these interactions get room.
describe('adding an application with its job ad and location', { timeout: 20_000 }, () => {
  it('sends the URL and location typed, trimmed', async () => {
    const client = clientAnswering({
      mutation: () => answer({ applyForJob: application({ company: 'Acme', role: 'SRE' }) }),
    });
    renderScreen(<AddApplicationForm />, { client });
    await userEvent.type(screen.getByLabelText('Company'), 'Acme');
    await userEvent.type(screen.getByLabelText('Role'), 'SRE');
    // Pasted, as links are: typing 30 characters one by one is slow on a loaded machine.
    await userEvent.click(screen.getByLabelText('Job ad URL'));
    await userEvent.paste(' https://acme.example/jobs/3 ');
    await userEvent.type(screen.getByLabelText('Location'), 'Lisbon ');
    await userEvent.click(screen.getByRole('button', { name: 'Add application' }));
    expect(await screen.findByText('SRE at Acme is on your board.')).toBeInTheDocument();
    expect(variablesOf(client.executeMutation)[0]).toMatchObject({
      input: { company: 'Acme', role: 'SRE', jobUrl: 'https://acme.example/jobs/3', location: 'Lisbon' },
    });
    expect(screen.getByLabelText('Job ad URL')).toHaveValue('');
  });

  it('leaves them out when empty', async () => {
    const client = clientAnswering({ mutation: () => answer({ applyForJob: application() }) });
    renderScreen(<AddApplicationForm />, { client });
    await userEvent.type(screen.getByLabelText('Company'), 'Acme');
    await userEvent.type(screen.getByLabelText('Role'), 'SRE');
    await userEvent.click(screen.getByRole('button', { name: 'Add application' }));
    const [variables] = variablesOf(client.executeMutation) as [{ input: Record<string, unknown> }];
    expect(variables.input).not.toHaveProperty('jobUrl');
    expect(variables.input).not.toHaveProperty('location');
  });

  it('shows the api’s refusal of the URL beside the URL field', async () => {
    const client = clientAnswering({
      mutation: () =>
        failure('jobUrl must be a web address starting with http:// or https://', {
          code: 'BAD_USER_INPUT',
          field: 'jobUrl',
        }),
    });
    renderScreen(<AddApplicationForm />, { client });
    await userEvent.type(screen.getByLabelText('Company'), 'Acme');
    await userEvent.type(screen.getByLabelText('Role'), 'SRE');
    await userEvent.click(screen.getByLabelText('Job ad URL'));
    await userEvent.paste('acme careers');
    await userEvent.click(screen.getByRole('button', { name: 'Add application' }));
    const url = await screen.findByLabelText('Job ad URL');
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(/web address starting with http/i);
  });
});
