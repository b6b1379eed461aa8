/** What the agency stream knows: whether it exists, and who its staff are. */
export type AgencyState =
  | { readonly exists: false }
  | { readonly exists: true; readonly agencyId: string; readonly joinCode: string; readonly staff: readonly string[] };

export const initialAgencyState = (): AgencyState => ({ exists: false });
