import { graphql } from '../../generated';

export const AdminUsersDocument = graphql(`
  query ConsoleAdminUsers($page: Int!, $perPage: Int!) {
    adminUsers(page: $page, perPage: $perPage) { totalCount items { id email name role disabled totpEnabled lastLoginAt createdAt } }
  }
`);

export const CreateAdminUserDocument = graphql(`
  mutation ConsoleCreateAdminUser($input: CreateAdminUserInput!) { createAdminUser(input: $input) { id email name role disabled totpEnabled lastLoginAt createdAt } }
`);

export const UpdateAdminUserDocument = graphql(`
  mutation ConsoleUpdateAdminUser($id: ID!, $role: AdminRole, $disabled: Boolean) {
    updateAdminUser(id: $id, role: $role, disabled: $disabled) { id email name role disabled totpEnabled lastLoginAt createdAt }
  }
`);
