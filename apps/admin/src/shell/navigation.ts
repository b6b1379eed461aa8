import type { Route } from '../routing/route';

/** The roles that may use the admin app. */
export type AdminRole = 'STAFF' | 'ANALYST';

/** One entry of the main navigation. */
export interface NavigationItem {
  /** The screen it opens. */
  route: Route;
  /** Its visible name. */
  label: string;
}

const staffItems: NavigationItem[] = [
  { route: { name: 'queue' }, label: 'Feedback queue' },
  { route: { name: 'candidates' }, label: 'Candidates' },
  { route: { name: 'analytics' }, label: 'Analytics' },
  { route: { name: 'explorer' }, label: 'Explorer' },
];

const analystItems: NavigationItem[] = [
  { route: { name: 'analytics' }, label: 'Analytics' },
  { route: { name: 'explorer' }, label: 'Explorer' },
];

/** The navigation a role sees: analysts see aggregates only (analytics and the explorer). */
export const navigationFor = (role: AdminRole): NavigationItem[] => (role === 'STAFF' ? staffItems : analystItems);

/** The screen a role lands on after signing in. */
export const homeRouteFor = (role: AdminRole): Route => (role === 'STAFF' ? { name: 'queue' } : { name: 'analytics' });

/** Whether a role may open a route; analysts never see a person's data. */
export const mayOpen = (role: AdminRole, route: Route): boolean => {
  if (role === 'STAFF') return true;
  return route.name === 'analytics' || route.name === 'explorer' || route.name === 'home' || route.name === 'not-found';
};
