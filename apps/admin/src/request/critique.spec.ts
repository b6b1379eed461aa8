import { describe, expect, it } from 'vitest';
import {
  addPoint,
  emptyCritique,
  MAX_POINTS,
  movePoint,
  removePoint,
  toCritiqueInput,
  updatePoint,
  validateCritique,
  type CritiqueDraft,
} from './critique';

const complete = (): CritiqueDraft => {
  let draft = addPoint(addPoint(emptyCritique()));
  draft = { ...draft, summary: ' Good energy, thin examples. ', recommendation: 'MIXED' };
  draft = updatePoint(draft, 0, { theme: 'PREPARATION', polarity: 'IMPROVEMENT', note: 'Research the product first.' });
  draft = updatePoint(draft, 1, { theme: 'COMMUNICATION', polarity: 'STRENGTH', note: 'Clear, structured answers.' });
  draft = updatePoint(draft, 2, { theme: 'TECHNICAL_SKILLS', polarity: 'IMPROVEMENT', note: 'Practise system design.' });
  return draft;
};

describe('a critique draft', () => {
  it('starts with one empty point and every required field reported', () => {
    expect(validateCritique(emptyCritique())).toEqual({
      summary: 'Write a summary of the feedback.',
      recommendation: 'Choose an overall recommendation.',
      'points[0].theme': 'Choose a theme.',
      'points[0].polarity': 'Say whether this is a strength or to improve.',
      'points[0].note': 'Write a note the candidate can act on.',
    });
  });

  it('asks for at least one point', () => {
    const draft = removePoint({ ...complete(), points: complete().points.slice(0, 1) }, 0);
    expect(validateCritique(draft)).toEqual({ points: 'Add at least one point.' });
  });

  it('refuses a note too short to act on, naming its position', () => {
    const draft = updatePoint(complete(), 2, { note: 'meh' });
    expect(validateCritique(draft)).toEqual({ 'points[2].note': 'Write at least 10 characters.' });
    expect(toCritiqueInput(draft, 'app-1', 'key-1')).toBeNull();
  });

  it('moves a point up and down, keeping its key, and ignores moves past either end', () => {
    const draft = complete();
    const keys = draft.points.map((p) => p.key);
    const up = movePoint(draft, 2, -1);
    expect(up.points.map((p) => p.key)).toEqual([keys[0], keys[2], keys[1]]);
    const down = movePoint(up, 0, 1);
    expect(down.points.map((p) => p.theme)).toEqual(['TECHNICAL_SKILLS', 'PREPARATION', 'COMMUNICATION']);
    expect(movePoint(draft, 0, -1)).toBe(draft);
    expect(movePoint(draft, 2, 1)).toBe(draft);
  });

  it('removes a point and gives added points fresh keys', () => {
    const draft = removePoint(complete(), 1);
    expect(draft.points.map((p) => p.theme)).toEqual(['PREPARATION', 'TECHNICAL_SKILLS']);
    const added = addPoint(draft);
    const keys = added.points.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it(`stops adding points at ${MAX_POINTS}`, () => {
    let draft = emptyCritique();
    for (let i = 0; i < MAX_POINTS + 3; i++) draft = addPoint(draft);
    expect(draft.points).toHaveLength(MAX_POINTS);
  });

  it('becomes the mutation input, trimmed and in order', () => {
    expect(toCritiqueInput(movePoint(complete(), 1, -1), 'app-1', 'key-1')).toEqual({
      applicationId: 'app-1',
      summary: 'Good energy, thin examples.',
      recommendation: 'MIXED',
      idempotencyKey: 'key-1',
      points: [
        { theme: 'COMMUNICATION', polarity: 'STRENGTH', note: 'Clear, structured answers.' },
        { theme: 'PREPARATION', polarity: 'IMPROVEMENT', note: 'Research the product first.' },
        { theme: 'TECHNICAL_SKILLS', polarity: 'IMPROVEMENT', note: 'Practise system design.' },
      ],
    });
  });
});
