import type { FeedbackTheme, Polarity } from '@pivotal/domain';

/** Words the generator draws from, so that demo screens read like a real agency's. */
export const FIRST_NAMES = [
  'Ada', 'Grace', 'Alan', 'Katherine', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances', 'Edsger',
  'Radia', 'Tim', 'Hedy', 'Donald', 'Shafi', 'Niklaus', 'Sophie', 'Guido', 'Anita', 'Bjarne', 'Joan', 'Yukihiro',
  'Lynn', 'Amara', 'Kofi', 'Priya', 'Mateo', 'Ingrid', 'Tariq', 'Mei', 'Olu', 'Sven', 'Lucia', 'Rafael', 'Noor',
] as const;
export const LAST_NAMES = [
  'Lovelace', 'Hopper', 'Turing', 'Johnson', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Allen',
  'Dijkstra', 'Perlman', 'Berners-Lee', 'Lamarr', 'Knuth', 'Goldwasser', 'Wirth', 'Wilson', 'van Rossum', 'Borg',
  'Stroustrup', 'Clarke', 'Matsumoto', 'Conway', 'Okafor', 'Mensah', 'Raman', 'García', 'Larsen', 'Haddad', 'Chen',
] as const;
export const COMPANIES = [
  'Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises', 'Tyrell', 'Cyberdyne',
  'Soylent', 'Wonka', 'Aperture', 'Black Mesa', 'Vandelay', 'Dunder Mifflin', 'Pied Piper', 'Massive Dynamic',
  'Oscorp', 'Monarch', 'Gringotts', 'Nakatomi', 'Weyland', 'Blue Sun', 'Virtucon', 'Sirius Cybernetics',
] as const;
export const ROLES = [
  'Software Engineer', 'Senior Software Engineer', 'Data Analyst', 'Product Manager', 'UX Designer',
  'Frontend Developer', 'Backend Developer', 'DevOps Engineer', 'QA Engineer', 'Data Scientist', 'Support Engineer',
] as const;
export const STAGES = ['phone screen', 'technical', 'onsite', 'final'] as const;
export const SCREEN_REJECTIONS = [
  'position filled',
  'not enough experience',
  'looking for a different skill set',
  'role put on hold',
] as const;
export const INTERVIEW_REJECTIONS = [
  'another candidate was a closer fit',
  'team looking for more seniority',
  'did not meet the technical bar',
  'concerns about communication',
  'not the right fit for the team',
] as const;
export const DECLINE_REASONS = [
  'company policy: no individual feedback',
  'hiring manager unavailable',
  'too many applicants to give feedback',
] as const;
export const INTERVIEW_NOTES = [
  'Felt rushed on the last question.',
  'Good rapport with the panel.',
  'Whiteboard exercise went sideways.',
  'Asked great questions about the team.',
  'Nervous at the start, settled in.',
] as const;
export const SUMMARIES = [
  'Solid candidate; a few gaps to close before the next round.',
  'Clear strengths, but the panel wanted more depth.',
  'Close call between two finalists.',
  'Promising, not ready for this level yet.',
] as const;

/** Per theme: what a strength and an improvement point say, and the goal an improvement turns into. */
export const THEME_TEXT: Readonly<Record<FeedbackTheme, Readonly<Record<Polarity, string>> & { goal: string }>> = {
  PREPARATION: {
    STRENGTH: 'Knew the product and the team well.',
    IMPROVEMENT: 'Research the company and the role before the interview.',
    goal: 'Prepare a one-page brief before each interview',
  },
  ANSWER_RELEVANCE: {
    STRENGTH: 'Answers were focused and to the point.',
    IMPROVEMENT: 'Answers drifted away from the question asked.',
    goal: 'Practise STAR answers to ten common questions',
  },
  BODY_LANGUAGE: {
    STRENGTH: 'Calm, open and engaged throughout.',
    IMPROVEMENT: 'Little eye contact; seemed closed off.',
    goal: 'Record two mock interviews and review posture',
  },
  COMMUNICATION: {
    STRENGTH: 'Explained complex ideas clearly.',
    IMPROVEMENT: 'Explanations were hard to follow.',
    goal: 'Explain one project end to end to a friend each week',
  },
  TECHNICAL_SKILLS: {
    STRENGTH: 'Strong fundamentals in the core stack.',
    IMPROVEMENT: 'Gaps in system design and trade-offs.',
    goal: 'Work through five system design exercises',
  },
  CULTURE_FIT: {
    STRENGTH: 'Values aligned well with the team.',
    IMPROVEMENT: 'Unclear motivation for this company.',
    goal: 'Write down why each target company matters to you',
  },
  EXPERIENCE: {
    STRENGTH: 'Relevant, recent experience.',
    IMPROVEMENT: 'Limited experience at this scale.',
    goal: 'Ship a side project that exercises the missing skill',
  },
  OTHER: {
    STRENGTH: 'Great follow-up note after the interview.',
    IMPROVEMENT: 'Arrived late to the video call.',
    goal: 'Test the setup fifteen minutes before each call',
  },
};
/** What a candidate expected the feedback to say, written before reading its points. */
export const REFLECTIONS = [
  'I think I rushed the technical questions and did not check my answers.',
  'Probably that I did not know enough about their product.',
  'I expect they wanted more experience with their stack.',
  'My examples were too long; I lost the thread in the second half.',
  'I was nervous at the start and it showed.',
  'I did not ask them any questions at the end.',
  'I think the salary expectation was the problem, not the interview.',
] as const;
/** Why a candidate set a follow-up on an application still open. */
export const FOLLOW_UP_NOTES = [
  'Email the recruiter if no answer by then',
  'Thank-you note to the hiring manager',
  'Ask about the timeline for the next stage',
  null,
] as const;
