import { graphql } from '../../graphql';

/** The signed-in candidate's applications as a CSV file's text (RFC 4180). */
export const ApplicationsCsvQuery = graphql(`
  query ApplicationsCsv {
    applicationsCsv
  }
`);

/** Import applications from a CSV's text; with `dryRun` only a preview, nothing changes. */
export const ImportApplicationsCsvMutation = graphql(`
  mutation ImportApplicationsCsv($csv: String!, $dryRun: Boolean) {
    importApplicationsCsv(csv: $csv, dryRun: $dryRun) {
      imported
      skipped
      failed
      rows {
        line
        applicationId
        error
        outcome
        duplicateOfLine
        company
        role
        status
      }
    }
  }
`);
