/** What the agency stream knows: whether it exists, who its staff are (and in which role), its response target. */
export type AgencyState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly agencyId: string;
      readonly joinCode: string;
      readonly staff: readonly string[];
      readonly roles: Readonly<Record<string, 'STAFF' | 'ANALYST'>>;
      /** Working days, or null while none was set. */
      readonly responseTargetDays: number | null;
    };

export const initialAgencyState = (): AgencyState => ({ exists: false });
