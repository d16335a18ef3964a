import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForMember, type Context } from '../api/index.js';
import { callerMember } from '../domain/access/index.js';
import { MemberRole, MemberType, memberView } from '../domain/members/index.js';

@Resolver()
export class TeamResolver {
  @Query(() => [MemberType], { description: "The members of the owner's company, invitations included." })
  @ForMember(MemberRole.OWNER)
  async teamMembers(@Ctx() { em, principal, services }: Context): Promise<MemberType[]> {
    return (await services.memberAccounts.team(em, callerMember(principal).customerId)).map(memberView);
  }

  @Mutation(() => MemberType, {
    description: 'Invites a person by email with a role; they choose a password from the mailed link (7 days).',
  })
  @ForMember(MemberRole.OWNER)
  async inviteMember(
    @Arg('email', () => String) email: string,
    @Arg('role', () => MemberRole) role: MemberRole,
    @Ctx() { em, principal, services }: Context,
  ): Promise<MemberType> {
    return memberView(await services.memberAccounts.invite(em, callerMember(principal).customerId, email, role));
  }

  @Mutation(() => Boolean, { description: 'Removes a member or a pending invitation of your company; their sessions end at once.' })
  @ForMember(MemberRole.OWNER)
  async removeMember(@Arg('id', () => ID) id: string, @Ctx() { em, principal, services }: Context): Promise<boolean> {
    const caller = callerMember(principal);
    await services.memberAccounts.removeMember(em, caller.customerId, caller.memberId, id);
    return true;
  }
}
