import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { candidateProfile } from '../testing/fixtures';
import { renderWithAnswers } from '../testing/render';
import { CandidateScreen } from './candidate-screen';

describe('a candidate’s page', () => {
  it('shows their applications, the feedback given, and the goals made from it with their status', async () => {
    renderWithAnswers(<CandidateScreen candidateId="cand-1" />, { CandidateProfile: candidateProfile() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument();

    const rows = within(screen.getByRole('region', { name: 'Applications' })).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Backend engineerAcmeRejectedReceived');

    const feedback = screen.getByRole('region', { name: 'Feedback given' });
    expect(within(feedback).getByRole('heading', { name: 'Backend engineer at Acme' })).toBeInTheDocument();
    expect(within(feedback).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Strength Communication: Clear, structured answers.',
      'To improve Technical skills: Practise system design.',
    ]);

    const goals = within(screen.getByRole('region', { name: 'Goals' })).getAllByRole('listitem');
    expect(goals[0]).toHaveTextContent('Design three systems end to end');
    expect(goals[0]).toHaveTextContent('Completed');
    expect(goals[0]).toHaveTextContent('from the feedback on Backend engineer at Acme');
    expect(goals[1]).toHaveTextContent('Open');
  });

  it('says when the candidate is not in the agency', async () => {
    renderWithAnswers(<CandidateScreen candidateId="x" />, { CandidateProfile: { data: { candidate: null } } });
    expect(await screen.findByText(/No candidate x in your agency/)).toBeInTheDocument();
  });

  it('says it is loading first', () => {
    renderWithAnswers(<CandidateScreen candidateId="x" />, { CandidateProfile: 'pending' });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the candidate');
  });
});
