import { graphql } from '../generated';

export const AccountMeDocument = graphql(`
  query ConsoleAccountMe { adminMe { id email name role totpEnabled passwordChangedAt } }
`);
export const ConsoleSessionsDocument = graphql(`
  query ConsoleSessions($adminId: ID) { adminSessions(adminId: $adminId) { id ip createdAt expiresAt current } }
`);
export const EndConsoleSessionDocument = graphql(`mutation ConsoleEndSession($id: ID!) { endAdminSession(id: $id) }`);
export const ChangeOwnPasswordDocument = graphql(`
  mutation ConsoleChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
    changeOwnAdminPassword(currentPassword: $currentPassword, newPassword: $newPassword) { id passwordChangedAt }
  }
`);
export const StartTotpDocument = graphql(`mutation ConsoleStartTotp { startTotpEnrolment { secret otpauthUri qrSvg } }`);
export const ConfirmTotpDocument = graphql(`
  mutation ConsoleConfirmTotp($code: String!) { confirmTotpEnrolment(code: $code) { id totpEnabled } }
`);
export const DisableOwnTotpDocument = graphql(`
  mutation ConsoleDisableOwnTotp($password: String!) { disableOwnTotp(password: $password) { id totpEnabled } }
`);
export const ResetAdminPasswordDocument = graphql(`
  mutation ConsoleResetAdminPassword($id: ID!) { resetAdminPassword(id: $id) { password admin { id email } } }
`);
export const ClearAdminTotpDocument = graphql(`mutation ConsoleClearAdminTotp($id: ID!) { clearAdminTotp(id: $id) { id totpEnabled } }`);
