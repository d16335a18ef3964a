import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CustomerMember } from '../../server/src/domain/members/customer-member.entity.js';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { graphql } from '../generated/index.js';
import { customerWithKey, uniqueEmail } from '../support/factories.js';
import { errorCodes } from '../support/graphql-client.js';
import { linkToken, mailTo, memberCookie, signedInMember } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SignUp = graphql(
  `mutation MembersSignUp($input: SignUpInput!) { signUp(input: $input) { accountId apiKey { secret } member { email role emailVerified } } }`,
);
const Me = graphql(`query MembersPortalMe { portalMe { accountId company member { id email role emailVerified invitationPending } } }`);
const Verify = graphql(`mutation MembersVerify($token: String!) { verifyMemberEmail(token: $token) }`);
const SignOut = graphql(`mutation MembersSignOut { memberSignOut }`);
const RequestReset = graphql(`mutation MembersRequestReset($email: String!) { requestPasswordReset(email: $email) }`);
const Reset = graphql(`mutation MembersReset($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`);
const Invite = graphql(
  `mutation MembersInvite($email: String!, $role: MemberRole!) { inviteMember(email: $email, role: $role) { id email role invitationPending } }`,
);
const Accept = graphql(
  `mutation MembersAccept($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { me { accountId member { role } } } }`,
);
const Team = graphql(`query MembersTeam { teamMembers { id email role invitationPending } }`);
const Remove = graphql(`mutation MembersRemove($id: ID!) { removeMember(id: $id) }`);
const Claim = graphql(`mutation MembersClaim($email: String!) { claimAccount(email: $email) }`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

function sessionCookie(headers: Headers): string {
  return (headers.get('set-cookie') ?? '').split(';')[0];
}

describe('customer members', () => {
  it('signUp with a password makes the owner, signs them in, and verifies the email from the mailed link once', async () => {
    const email = uniqueEmail('owner');
    const response = await app.client.request(
      SignUp,
      { input: { company: 'Members Co', email, plan: 'free', password: 'owner-password-1' } },
      {},
    );
    expect(response.data?.signUp.member).toEqual({ email, role: 'OWNER', emailVerified: false });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^carlo_member_session=.+HttpOnly.+SameSite=Strict/);
    expect(setCookie).not.toContain('Secure');
    const cookie = sessionCookie(response.headers);
    const me = await app.client.request(Me, {}, { cookie });
    expect(me.data?.portalMe).toMatchObject({
      accountId: response.data?.signUp.accountId,
      company: 'Members Co',
      member: { email, role: 'OWNER', emailVerified: false },
    });
    const token = linkToken(await mailTo(app, email, 'Verify your email for Carlo'));
    expect((await app.client.request(Verify, { token }, {})).data?.verifyMemberEmail).toBe(true);
    expect((await app.client.request(Me, {}, { cookie })).data?.portalMe.member.emailVerified).toBe(true);
    expect(errorCodes(await app.client.request(Verify, { token }, {}))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps signUp without a password as it was: a key, no member, no cookie', async () => {
    const response = await app.client.request(SignUp, { input: { company: 'Key Only', email: uniqueEmail('keyonly'), plan: 'free' } }, {});
    expect(response.data?.signUp.member).toBeNull();
    expect(response.data?.signUp.apiKey.secret).toMatch(/^mc_live_/);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('signs in with the right password only, and signing out ends the session at once', async () => {
    const { customer } = await customerWithKey(app);
    const member = await signedInMember(app, customer.id, MemberRole.DEVELOPER);
    await expect(memberCookie(app, member.email, 'wrong-password')).rejects.toThrow(/Email or password is wrong/);
    expect((await app.client.request(SignOut, {}, { cookie: member.cookie })).data?.memberSignOut).toBe(true);
    expect(errorCodes(await app.client.request(Me, {}, { cookie: member.cookie }))).toEqual(['UNAUTHENTICATED']);
  });

  it('resets a forgotten password by mail, ending older sessions; unknown addresses get the same answer and no mail', async () => {
    const { customer } = await customerWithKey(app);
    const member = await signedInMember(app, customer.id, MemberRole.BILLING);
    const nobody = uniqueEmail('nobody');
    expect((await app.client.request(RequestReset, { email: nobody }, {})).data?.requestPasswordReset).toBe(true);
    expect((await app.client.request(RequestReset, { email: member.email }, {})).data?.requestPasswordReset).toBe(true);
    const token = linkToken(await mailTo(app, member.email, 'Reset your Carlo password'));
    // The unknown address was asked for first; by the time the member's mail is in, none went to it.
    expect(app.services.mail.sink?.messages().filter((mail) => mail.to.includes(nobody))).toEqual([]);
    expect(errorCodes(await app.client.request(Reset, { token, password: 'short' }, {}))).toEqual(['BAD_USER_INPUT']);
    expect((await app.client.request(Reset, { token, password: 'brand-new-password' }, {})).data?.resetPassword).toBe(true);
    expect(errorCodes(await app.client.request(Me, {}, { cookie: member.cookie }))).toEqual(['UNAUTHENTICATED']);
    await expect(memberCookie(app, member.email, member.password)).rejects.toThrow();
    expect(await memberCookie(app, member.email, 'brand-new-password')).toMatch(/^carlo_member_session=/);
  });

  it('lets the owner invite a developer who joins from the mail; only the owner sees and changes the team', async () => {
    const { customer } = await customerWithKey(app);
    const owner = await signedInMember(app, customer.id, MemberRole.OWNER);
    const email = uniqueEmail('invitee');
    const invited = await app.client.request(Invite, { email, role: 'DEVELOPER' }, { cookie: owner.cookie });
    expect(invited.data?.inviteMember).toMatchObject({ email, role: 'DEVELOPER', invitationPending: true });
    expect(errorCodes(await app.client.request(Invite, { email, role: 'BILLING' }, { cookie: owner.cookie }))).toEqual(['CONFLICT']);
    const token = linkToken(await mailTo(app, email, /You are invited to Company/));
    const accepted = await app.client.request(Accept, { token, password: 'invitee-password' }, {});
    expect(accepted.data?.acceptInvitation.me).toEqual({ accountId: customer.id, member: { role: 'DEVELOPER' } });
    const developer = sessionCookie(accepted.headers);
    const team = await app.client.request(Team, {}, { cookie: owner.cookie });
    expect(team.data?.teamMembers.map((member) => [member.email, member.role, member.invitationPending])).toEqual([
      [owner.email, 'OWNER', false],
      [email, 'DEVELOPER', false],
    ]);
    const refused = await app.client.request(Team, {}, { cookie: developer });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors[0]?.message).toContain('Your team role (developer) cannot do this; it needs owner');
    expect(errorCodes(await app.client.request(Remove, { id: owner.id }, { cookie: owner.cookie }))).toEqual(['BAD_USER_INPUT']);
    expect(
      (await app.client.request(Remove, { id: invited.data?.inviteMember.id ?? '' }, { cookie: owner.cookie })).data?.removeMember,
    ).toBe(true);
    expect(errorCodes(await app.client.request(Me, {}, { cookie: developer }))).toEqual(['UNAUTHENTICATED']);
  });

  it("never lets one customer's owner see or remove another customer's members", async () => {
    const first = await customerWithKey(app);
    const second = await customerWithKey(app);
    const owner = await signedInMember(app, first.customer.id, MemberRole.OWNER);
    const other = await signedInMember(app, second.customer.id, MemberRole.DEVELOPER);
    const team = await app.client.request(Team, {}, { cookie: owner.cookie });
    expect(team.data?.teamMembers.map((member) => member.id)).toEqual([owner.id]);
    expect(errorCodes(await app.client.request(Remove, { id: other.id }, { cookie: owner.cookie }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await app.client.request(Remove, { id: 'not-a-uuid' }, { cookie: owner.cookie }))).toEqual(['NOT_FOUND']);
    expect((await app.client.request(Me, {}, { cookie: other.cookie })).data?.portalMe.accountId).toBe(second.customer.id);
  });

  it('lets a key-only customer claim its account from its own email, once', async () => {
    const { customer } = await customerWithKey(app);
    expect((await app.client.request(Claim, { email: customer.email }, {})).data?.claimAccount).toBe(true);
    const token = linkToken(await mailTo(app, customer.email, /^Claim the Carlo account of/));
    const accepted = await app.client.request(Accept, { token, password: 'claimed-password' }, {});
    expect(accepted.data?.acceptInvitation.me).toEqual({ accountId: customer.id, member: { role: 'OWNER' } });
    expect((await app.client.request(Claim, { email: customer.email }, {})).data?.claimAccount).toBe(true);
    expect(await app.services.orm.em.fork().count(CustomerMember, { customer: customer.id })).toBe(1);
  });
});
