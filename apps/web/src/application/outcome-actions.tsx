import { RecordOfferMutation, WithdrawApplicationMutation } from '@pivotal/client';
import { useState } from 'react';
import { useMutation } from 'urql';
import { formErrorsFor } from '../ui/form-errors';
import { FormMessage } from '../ui/form-fields';

/** Record an offer, or withdraw (asking once more before withdrawing). */
export const OutcomeActions = ({ applicationId, canOffer }: { applicationId: string; canOffer: boolean }) => {
  const [confirmingWithdrawal, setConfirmingWithdrawal] = useState(false);
  const [offer, recordOffer] = useMutation(RecordOfferMutation);
  const [withdrawal, withdraw] = useMutation(WithdrawApplicationMutation);
  const { message } = formErrorsFor(offer.error ?? withdrawal.error, []);

  return (
    <div className="actions">
      {canOffer ? (
        <button type="button" disabled={offer.fetching} onClick={() => recordOffer({ applicationId })}>
          {offer.fetching ? 'Saving…' : 'Record an offer'}
        </button>
      ) : null}
      {confirmingWithdrawal ? (
        <div className="confirm" role="group" aria-label="Confirm withdrawal">
          <p>Withdraw from this application? This cannot be undone.</p>
          <button
            type="button"
            className="button-danger"
            disabled={withdrawal.fetching}
            onClick={async () => {
              const answer = await withdraw({ applicationId });
              if (answer.data) setConfirmingWithdrawal(false);
            }}
          >
            Yes, withdraw
          </button>
          <button type="button" className="button-secondary" onClick={() => setConfirmingWithdrawal(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setConfirmingWithdrawal(true)}>
          Withdraw
        </button>
      )}
      <FormMessage message={message} />
    </div>
  );
};
