import { HttpError } from 'react-admin';
import type { AdminRole } from '../../generated/graphql';
import { AdminUsersDocument, CreateAdminUserDocument, UpdateAdminUserDocument } from '../../resources/admin-users/admin-users.graphql';
import { mutate, query } from '../apollo';
import { MAX_PER_PAGE, page, type ResourceHandler } from './resource-handler';

// There is no adminUser(id) query; admin users are few, so getOne scans a bounded number of pages.
const MAX_SCANNED_PAGES = 20;

export const adminUsers: ResourceHandler = {
  async getList(params) {
    const data = await query(AdminUsersDocument, page(params));
    return { data: data.adminUsers.items, total: data.adminUsers.totalCount };
  },
  async getOne(params) {
    for (let current = 1; current <= MAX_SCANNED_PAGES; current += 1) {
      const data = await query(AdminUsersDocument, { page: current, perPage: MAX_PER_PAGE });
      const found = data.adminUsers.items.find((user) => user.id === String(params.id));
      if (found) return { data: found };
      if (current * MAX_PER_PAGE >= data.adminUsers.totalCount) break;
    }
    throw new HttpError('Admin user not found', 404, {});
  },
  async create(params) {
    const { email, name, role, password } = params.data as { email: string; name: string; role: AdminRole; password: string };
    return { data: (await mutate(CreateAdminUserDocument, { input: { email, name, role, password } })).createAdminUser };
  },
  async update(params) {
    const { role, disabled } = params.data as { role?: AdminRole; disabled?: boolean };
    return {
      data: (await mutate(UpdateAdminUserDocument, { id: String(params.id), role: role ?? null, disabled: disabled ?? null }))
        .updateAdminUser,
    };
  },
};
