import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { candidatesPage } from '../testing/fixtures';
import { renderWithAnswers } from '../testing/render';
import { apiError } from '../testing/test-client';
import { CandidatesScreen } from './candidates-screen';

describe('the candidates list', () => {
  it('lists the agency’s candidates with their numbers and links to each', async () => {
    renderWithAnswers(<CandidatesScreen />, { Candidates: candidatesPage(['Ada Lovelace', 'Alan Turing']) });
    const items = within(await screen.findByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('ada.lovelace@example.com');
    expect(items[0]).toHaveTextContent('3 applications · 1 offer · 2 feedbacks received · 1 goal completed');
    expect(within(items[1]!).getByRole('link', { name: 'Alan Turing' })).toHaveAttribute(
      'href',
      '#/candidates/cand-alan-turing',
    );
  });

  it('searches by what is typed, once typing pauses', async () => {
    const user = userEvent.setup({ delay: null });
    const fake = renderWithAnswers(<CandidatesScreen />, {
      Candidates: (vars) => candidatesPage(vars['search'] === 'ada' ? ['Ada Lovelace'] : ['Ada Lovelace', 'Alan Turing']),
    });
    await screen.findByText('Alan Turing');
    await user.type(screen.getByRole('searchbox', { name: 'Search by name or email' }), 'ada');
    await waitFor(() => expect(screen.queryByText('Alan Turing')).not.toBeInTheDocument());
    expect(screen.getByText('1 candidate matching “ada”.')).toBeInTheDocument();
    expect(fake.callsOf('Candidates').map((c) => c.variables['search'])).toEqual([null, 'ada']);
  });

  it('says when nobody matches', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithAnswers(<CandidatesScreen />, {
      Candidates: (vars) => candidatesPage(vars['search'] ? [] : ['Ada Lovelace']),
    });
    await screen.findByText('Ada Lovelace');
    await user.type(screen.getByRole('searchbox'), 'zed');
    expect(await screen.findByText('No candidates match “zed”.')).toBeInTheDocument();
  });

  it('pages with the end cursor', async () => {
    const user = userEvent.setup({ delay: null });
    const fake = renderWithAnswers(<CandidatesScreen />, {
      Candidates: (vars) =>
        vars['after'] ? candidatesPage(['Second Page'], { totalCount: 21 }) : candidatesPage(['First Page'], { endCursor: 'c20', totalCount: 21 }),
    });
    await screen.findByText('First Page');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Second Page')).toBeInTheDocument();
    expect(fake.callsOf('Candidates').at(-1)?.variables).toEqual({ search: null, first: 20, after: 'c20' });
  });

  it('explains when the list may not be seen', async () => {
    renderWithAnswers(<CandidatesScreen />, { Candidates: apiError('FORBIDDEN', 'staff only') });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your account is not allowed to do that.');
  });
});
