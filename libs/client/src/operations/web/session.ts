import { graphql } from '../../graphql';
import { ViewerFields } from './fragments';

/** Create a candidate account; an agency code joins the candidate to that agency. */
export const SignUpMutation = graphql(
  `
    mutation SignUp($input: SignUpInput!) {
      signUp(input: $input) {
        token
        viewer {
          ...ViewerFields
        }
      }
    }
  `,
  [ViewerFields],
);

/** Exchange an email and password for a token. */
export const LogInMutation = graphql(
  `
    mutation LogIn($email: String!, $password: String!) {
      login(email: $email, password: $password) {
        token
        viewer {
          ...ViewerFields
        }
      }
    }
  `,
  [ViewerFields],
);

/** Who the token belongs to, with the candidate's name for the header. */
export const ViewerQuery = graphql(
  `
    query Viewer {
      me {
        ...ViewerFields
        candidate {
          id
          name
        }
      }
    }
  `,
  [ViewerFields],
);
