import { graphql } from '../generated';

export const AdminLoginDocument = graphql(`
  mutation ConsoleAdminLogin($email: String!, $password: String!, $totpCode: String) {
    adminLogin(email: $email, password: $password, totpCode: $totpCode) { expiresAt admin { id email name role } }
  }
`);
export const AdminLogoutDocument = graphql(`mutation ConsoleAdminLogout { adminLogout }`);
export const AdminMeDocument = graphql(`query ConsoleAdminMe { adminMe { id email name role } }`);
