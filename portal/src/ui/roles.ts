import type { MemberRole } from '../generated/graphql';

/** What each role sees, as the server's @ForMember rules allow it. */
export const can = {
  keys: (role: MemberRole) => role === 'OWNER' || role === 'DEVELOPER',
  billing: (role: MemberRole) => role === 'OWNER' || role === 'BILLING',
  team: (role: MemberRole) => role === 'OWNER',
  /** Endpoints are integration settings like keys; billing members neither see nor manage them. */
  webhooks: (role: MemberRole) => role === 'OWNER' || role === 'DEVELOPER',
  playground: (role: MemberRole) => role === 'OWNER' || role === 'DEVELOPER',
};
