import { graphql } from '../generated';

export const VerifyDocument = graphql(`
  mutation PortalVerifyEmail($token: String!) { verifyMemberEmail(token: $token) }
`);

export const RequestResetDocument = graphql(`
  mutation PortalRequestReset($email: String!) { requestPasswordReset(email: $email) }
`);

export const ResetDocument = graphql(`
  mutation PortalResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }
`);

export const AcceptInvitationDocument = graphql(`
  mutation PortalAcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) { expiresAt }
  }
`);
