/** Words for the self-rating a candidate gives an interview, 1 to 5. */
export const selfRatingLabels: Record<number, string> = {
  1: '1 – it went badly',
  2: '2 – not great',
  3: '3 – so-so',
  4: '4 – well',
  5: '5 – very well',
};
