import { graphql } from './generated';

export const PortalMeDocument = graphql(`
  query PortalSession {
    portalMe { accountId company member { id email role emailVerified } }
  }
`);

export const SignInDocument = graphql(`
  mutation PortalSignIn($email: String!, $password: String!) {
    memberSignIn(email: $email, password: $password) { expiresAt }
  }
`);

export const SignOutDocument = graphql(`
  mutation PortalSignOut { memberSignOut }
`);

export const ResendVerificationDocument = graphql(`
  mutation PortalResendVerification { resendVerificationEmail }
`);
