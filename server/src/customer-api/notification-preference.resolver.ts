import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ForMember, type Context } from '../api/index.js';
import { callerMember } from '../domain/access/index.js';
import { MemberRole } from '../domain/members/index.js';
import { NotificationPreferenceType, mailPreferencesOf, setMailPreference } from '../notifications/index.js';

/** Each member reads and changes only their own mail switches, whatever their role. */
@Resolver()
export class NotificationPreferenceResolver {
  @Query(() => [NotificationPreferenceType], { description: 'Your mail switches, one per category (credits, payments, keys, jobs).' })
  @ForMember(MemberRole.OWNER, MemberRole.BILLING, MemberRole.DEVELOPER)
  notificationPreferences(@Ctx() { em, principal }: Context): Promise<NotificationPreferenceType[]> {
    return mailPreferencesOf(em, callerMember(principal).memberId);
  }

  @Mutation(() => NotificationPreferenceType, { description: 'Turns one category of your own mail on or off.' })
  @ForMember(MemberRole.OWNER, MemberRole.BILLING, MemberRole.DEVELOPER)
  setNotificationPreference(
    @Arg('category', () => String) category: string,
    @Arg('enabled', () => Boolean) enabled: boolean,
    @Ctx() { em, principal }: Context,
  ): Promise<NotificationPreferenceType> {
    return setMailPreference(em, callerMember(principal).memberId, category, enabled);
  }
}
