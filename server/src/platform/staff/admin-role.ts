export enum AdminRole {
  SUPER_ADMIN = 'super_admin',
  ADMIN = 'admin',
  SUPPORT = 'support',
  FINANCE = 'finance',
}

export const ALL_ADMIN_ROLES: readonly AdminRole[] = Object.values(AdminRole);
