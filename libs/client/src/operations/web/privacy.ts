import { graphql } from '../../graphql';

/** Every fact Pivotal holds about the signed-in person, as one JSON document (both apps). */
export const MyDataExportQuery = graphql(`
  query MyDataExport {
    myDataExport {
      json
      generatedAt
    }
  }
`);

/** The candidate erases their own account; the password is asked again. */
export const EraseMyAccountMutation = graphql(`
  mutation EraseMyAccount($password: String!) {
    eraseMyAccount(password: $password)
  }
`);
