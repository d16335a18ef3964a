import { type AuthProvider, HttpError } from 'react-admin';
import type { ConsoleAdminMeQuery } from '../generated/graphql';
import { mutate, query } from './apollo';
import { AdminLoginDocument, AdminLogoutDocument, AdminMeDocument } from './auth.graphql';

const isHttpError = (error: unknown): error is HttpError => error instanceof HttpError;

type Me = ConsoleAdminMeQuery['adminMe'];

// The session lives in an HttpOnly cookie; this only remembers who the server said we are.
let current: Promise<Me> | null = null;

function me(): Promise<Me> {
  current ??= query(AdminMeDocument, {}).then((data) => data.adminMe);
  current.catch(() => {
    current = null;
  });
  return current;
}

export const authProvider: AuthProvider = {
  async login({ username, password, totpCode }: { username: string; password: string; totpCode?: string }) {
    const data = await mutate(AdminLoginDocument, { email: username, password, totpCode: totpCode ?? null });
    current = Promise.resolve(data.adminLogin.admin);
  },
  async logout() {
    current = null;
    try {
      await mutate(AdminLogoutDocument, {});
    } catch {
      // Already signed out (expired session): nothing to end.
    }
  },
  async checkAuth() {
    try {
      await me();
    } catch (error) {
      // Only a refused session signs out. A server that cannot check it now (503, network) keeps
      // the user on the page, where the failing calls say what happened; the next check retries.
      if (isHttpError(error) && error.status === 401) throw error;
    }
  },
  async checkError(error: HttpError) {
    if (error?.status === 401) {
      current = null;
      throw error;
    }
  },
  async getIdentity() {
    const admin = await me();
    return { id: admin.id, fullName: `${admin.name} (${admin.role.toLowerCase().replace('_', ' ')})`, email: admin.email };
  },
  async getPermissions() {
    // Signed out means no permissions, not an error: react-query would retry an error several
    // times before the login page shows. checkAuth is what sends a signed-out user to the login.
    try {
      return (await me()).role;
    } catch {
      return null;
    }
  },
};
