import { graphql } from '../generated';

export const TeamDocument = graphql(`
  query PortalTeam { teamMembers { id email role emailVerified invitationPending lastLoginAt } }
`);

export const InviteDocument = graphql(`
  mutation PortalInvite($email: String!, $role: MemberRole!) { inviteMember(email: $email, role: $role) { id } }
`);

export const RemoveDocument = graphql(`
  mutation PortalRemoveMember($id: ID!) { removeMember(id: $id) }
`);
