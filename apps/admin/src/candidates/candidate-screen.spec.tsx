import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { candidateProfile } from '../testing/fixtures';
import { renderWithAnswers } from '../testing/render';
import { apiError } from '../testing/test-client';
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

  it('given an erased candidate, then shows them as an erased candidate, with no way to erase them again', async () => {
    const profile = candidateProfile();
    const erased = { data: { candidate: { ...profile.data.candidate, name: 'erased candidate', email: '[erased]', erased: true } } };
    renderWithAnswers(<CandidateScreen candidateId="cand-1" />, { CandidateProfile: erased });
    expect(await screen.findByRole('heading', { level: 1, name: 'erased candidate' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('This candidate was erased');
    expect(screen.queryByText('[erased]')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erase candidate' })).not.toBeInTheDocument();
  });

  it('given a reason and the confirmation, when erasing the candidate, then sends both and reads the candidate again', async () => {
    const profile = candidateProfile();
    const erased = { data: { candidate: { ...profile.data.candidate, name: 'erased candidate', email: '[erased]', erased: true } } };
    const { callsOf } = renderWithAnswers(<CandidateScreen candidateId="cand-1" />, {
      CandidateProfile: (_variables, call) => (call === 0 ? profile : erased),
      EraseCandidate: { data: { eraseCandidate: true } },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Erase candidate' }));
    expect(screen.getByText(/This cannot be undone/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Erase for good' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Say why the candidate is erased');
    expect(callsOf('EraseCandidate')).toHaveLength(0);

    await userEvent.type(screen.getByLabelText('Reason'), 'Asked by letter');
    await userEvent.click(screen.getByRole('button', { name: 'Erase for good' }));

    expect(callsOf('EraseCandidate').map((c) => c.variables)).toEqual([{ candidateId: 'cand-1', reason: 'Asked by letter' }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'erased candidate' })).toBeInTheDocument();
  });

  it('given the api refuses the erasure, then says why and erases nothing', async () => {
    renderWithAnswers(<CandidateScreen candidateId="cand-1" />, {
      CandidateProfile: candidateProfile(),
      EraseCandidate: apiError('CONFLICT', 'candidate cand-1 is erased already'),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Erase candidate' }));
    await userEvent.type(screen.getByLabelText('Reason'), 'Asked twice');
    await userEvent.click(screen.getByRole('button', { name: 'Erase for good' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('erased already');
    expect(screen.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument();
  });

  it('given second thoughts, when cancelling, then nothing is sent', async () => {
    const { callsOf } = renderWithAnswers(<CandidateScreen candidateId="cand-1" />, { CandidateProfile: candidateProfile() });
    await userEvent.click(await screen.findByRole('button', { name: 'Erase candidate' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(callsOf('EraseCandidate')).toHaveLength(0);
    expect(screen.queryByLabelText('Reason')).not.toBeInTheDocument();
  });
});
