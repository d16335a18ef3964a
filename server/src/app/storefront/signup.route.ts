import type { FastifyInstance, FastifyReply } from 'fastify';
import { GraphQLError } from 'graphql';
import { MEMBER_SESSION_COOKIE, type Services } from '../../api/index.js';
import { Plan } from '../../domain/plans/index.js';
import { renderSignUpDone, renderSignUpPage, type SignUpForm } from './signup-page.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function field(body: Record<string, string>, name: string): string {
  return (body[name] ?? '').trim();
}

/** What is wrong with the form in words, or null; the service checks the plan and the email's uniqueness. */
export function signUpFormProblem(form: SignUpForm): string | null {
  if (form.company.length < 1 || form.company.length > 200) return 'Enter your company name (at most 200 characters).';
  if (form.email.length > 320 || !EMAIL.test(form.email)) return 'Enter a valid email address, such as ops@example.com.';
  if (!/^[a-z0-9_-]{1,32}$/.test(form.plan)) return 'Choose a plan from the list.';
  return null;
}

/**
 * Sign-up as an HTML form that works without JavaScript: the same service and throttle as the
 * signUp mutation, answered with a page that shows the new key once.
 */
export async function registerSignUpRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const plans = () => services.orm.em.fork().find(Plan, { active: true }, { orderBy: { sortOrder: 'asc' } });
  const html = (reply: FastifyReply, code: number, text: string) =>
    reply.code(code).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(text);

  app.get('/signup', async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, string>;
    return html(reply, 200, renderSignUpPage(await plans(), { company: '', email: '', plan: field(query, 'plan') || 'free' }, null));
  });

  await app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16_384 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    scope.post('/signup', async (request, reply) => {
      const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, string>;
      const form: SignUpForm = { company: field(body, 'company'), email: field(body, 'email'), plan: field(body, 'plan') };
      const password = body.password ?? '';
      const problem = signUpFormProblem(form);
      if (problem) return html(reply, 400, renderSignUpPage(await plans(), form, problem));
      if (!(await services.billing.signUpThrottle.allow(request.ip))) {
        return html(reply, 429, renderSignUpPage(await plans(), form, 'Too many sign-ups from this address. Try again in an hour.'));
      }
      try {
        const em = services.orm.em.fork();
        await services.memberAccounts.checkNewOwner(em, form.email, password);
        const result = await services.billing.service.signUp(em, { company: form.company, email: form.email, planCode: form.plan });
        const member = await services.memberAccounts.createOwner(em, result.customer.id, form.email, password);
        const session = await services.memberAuth.openSession(em, member, request.ip);
        const secure = services.config.NODE_ENV === 'production';
        reply.setCookie(MEMBER_SESSION_COOKIE, session.token, {
          httpOnly: true,
          sameSite: 'strict',
          secure,
          path: '/',
          expires: session.expiresAt,
        });
        const origin = `${request.protocol}://${request.host}`;
        const done = {
          company: result.customer.company,
          email: member.email,
          secret: result.issued.secret,
          checkoutUrl: result.checkoutUrl,
        };
        return html(reply, 201, renderSignUpDone(done, origin));
      } catch (error) {
        // Refusals the service explains (taken email, unknown plan) go back to the visitor in its words.
        if (!(error instanceof GraphQLError)) throw error;
        const status = { CONFLICT: 409, UNAVAILABLE: 503 }[String(error.extensions.code)] ?? 400;
        return html(reply, status, renderSignUpPage(await plans(), form, error.message));
      }
    });
  });
}
