import { describe, expect, it } from 'vitest';
import { homeRouteFor, mayOpen, navigationFor } from './navigation';

describe('role-aware navigation', () => {
  it('shows staff every screen', () => {
    expect(navigationFor('STAFF').map((item) => item.label)).toEqual([
      'Feedback queue',
      'Candidates',
      'Analytics',
      'Explorer',
    ]);
    expect(homeRouteFor('STAFF')).toEqual({ name: 'queue' });
  });

  it('shows analysts only analytics and the explorer', () => {
    expect(navigationFor('ANALYST').map((item) => item.label)).toEqual(['Analytics', 'Explorer']);
    expect(homeRouteFor('ANALYST')).toEqual({ name: 'analytics' });
  });

  it('keeps analysts out of screens with personal data', () => {
    expect(mayOpen('ANALYST', { name: 'queue' })).toBe(false);
    expect(mayOpen('ANALYST', { name: 'candidate', candidateId: 'c1' })).toBe(false);
    expect(mayOpen('ANALYST', { name: 'request', applicationId: 'a1' })).toBe(false);
    expect(mayOpen('ANALYST', { name: 'explorer' })).toBe(true);
    expect(mayOpen('STAFF', { name: 'candidate', candidateId: 'c1' })).toBe(true);
  });
});
