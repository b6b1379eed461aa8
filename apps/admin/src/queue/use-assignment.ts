import { AssignFeedbackRequestMutation, UnassignFeedbackRequestMutation } from '@pivotal/client';
import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { assignmentErrorOf } from './assignment-errors';

/** A staff member as the assignment controls name them. */
export interface StaffChoice {
  readonly id: string;
  readonly name: string;
}

/**
 * Assigns, reassigns and unassigns one waiting request, always saying who the sender saw holding
 * it, so that of two staff acting at once the later is told who has it. `onSettled` runs after
 * each answer (success or refusal), to read the queue again.
 */
export const useAssignment = (applicationId: string, holder: StaffChoice | null, onSettled?: (done: string | null) => void) => {
  const [assigning, assign] = useMutation(AssignFeedbackRequestMutation);
  const [unassigning, unassign] = useMutation(UnassignFeedbackRequestMutation);
  const [error, setError] = useState<string | null>(null);

  const assignTo = useCallback(
    async (assignee: StaffChoice, saidAs = assignee.name): Promise<boolean> => {
      setError(null);
      const sent = await assign({ input: { applicationId, assigneeId: assignee.id, expectedAssigneeId: holder?.id ?? null } });
      if (sent.error) setError(assignmentErrorOf(sent.error));
      onSettled?.(sent.error ? null : `Assigned to ${saidAs}.`);
      return !sent.error;
    },
    [assign, applicationId, holder?.id, onSettled],
  );

  const release = useCallback(async (): Promise<boolean> => {
    if (!holder) return false;
    setError(null);
    const sent = await unassign({ applicationId, expectedAssigneeId: holder.id });
    if (sent.error) setError(assignmentErrorOf(sent.error));
    onSettled?.(sent.error ? null : `Unassigned from ${holder.name}.`);
    return !sent.error;
  }, [unassign, applicationId, holder, onSettled]);

  return { assignTo, release, pending: assigning.fetching || unassigning.fetching, error };
};
