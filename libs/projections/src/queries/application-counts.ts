/**
 * The select list that counts a set of application rows, the one way a candidate's stats and an
 * agency's funnel both count them: applied, interviewed (at least one interview), rejected, offers,
 * withdrawn, feedback requested and feedback received. Columns unqualified: the query reads one table.
 */
export const APPLICATION_COUNTS = `count(*) AS applied, count(first_interview_at) AS interviewed, count(rejected_at) AS rejected,
      count(offer_at) AS offers, count(withdrawn_at) AS withdrawn, count(feedback_requested_at) AS feedbackRequested,
      coalesce(sum(feedback_status = 'RECEIVED'), 0) AS feedbackReceived`;
