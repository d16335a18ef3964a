import type { MemberRole } from '../generated/graphql';

/** What each role sees, as the server's @ForMember rules allow it. */
export const can = {
  keys: (role: MemberRole) => role === 'OWNER' || role === 'DEVELOPER',
  billing: (role: MemberRole) => role === 'OWNER' || role === 'BILLING',
  team: (role: MemberRole) => role === 'OWNER',
  playground: (role: MemberRole) => role === 'OWNER' || role === 'DEVELOPER',
};
