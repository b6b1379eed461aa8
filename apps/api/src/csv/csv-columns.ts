/** The columns Pivotal reads from and writes to a sheet of applications. */
export type SheetColumn = 'company' | 'role' | 'status' | 'appliedDate' | 'url' | 'location' | 'notes';

/** The header Pivotal writes for each column, in the order it writes them. */
export const SHEET_HEADERS: Readonly<Record<SheetColumn, string>> = {
  company: 'Company',
  role: 'Role',
  status: 'Status',
  appliedDate: 'Applied date',
  url: 'URL',
  location: 'Location',
  notes: 'Notes',
};

/**
 * The header names each column is recognised by, after normalising (lower case, every run of
 * spaces, underscores, hyphens and dots one space): Pivotal's own, a spreadsheet's usual names,
 * and those of Huntr's and Teal's exports.
 */
export const HEADER_ALIASES: Readonly<Record<SheetColumn, readonly string[]>> = {
  company: ['company', 'company name', 'employer', 'organization', 'organisation'],
  role: ['role', 'job title', 'title', 'position', 'job', 'job position', 'position title', 'job role'],
  status: ['status', 'stage', 'job status', 'application status', 'list', 'pipeline stage'],
  appliedDate: ['applied date', 'date applied', 'applied at', 'applied on', 'applied', 'application date', 'date'],
  url: ['url', 'job url', 'link', 'job link', 'post url', 'posting url', 'job posting url', 'job post url', 'listing url'],
  location: ['location', 'job location', 'city'],
  notes: ['notes', 'note', 'description', 'job description', 'comments'],
};

/** A header cell as it is compared with the aliases. */
export const normaliseHeader = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, ' ')
    .trim();

const columnOfAlias = new Map<string, SheetColumn>(
  (Object.entries(HEADER_ALIASES) as [SheetColumn, readonly string[]][]).flatMap(([column, aliases]) =>
    aliases.map((alias) => [alias, column] as const),
  ),
);

/** Which column a header names, or null for one Pivotal does not read. */
export const columnOfHeader = (header: string): SheetColumn | null => columnOfAlias.get(normaliseHeader(header)) ?? null;
