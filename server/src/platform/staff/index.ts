/** The platform/staff module's public surface: other modules import only what is listed here. */
export { AdminAuthService } from './admin-auth.service.js';
export type { AdminPrincipal } from './admin-principal.js';
export { ALL_ADMIN_ROLES, AdminRole } from './admin-role.js';
export { AdminSession } from './admin-session.entity.js';
export { AdminUser } from './admin-user.entity.js';
export { createAdminUser, generatePassword, setAlertEmails } from './admin-user.service.js';
export { AdminSessionType, AdminUserPage, AdminUserType } from './admin-user.type.js';
export { AuditLog } from './audit-log.entity.js';
export { completeAudit, recordAudit, withdrawAudit } from './audit.service.js';
export type { AuditActor } from './audit.service.js';
export { LoginThrottle } from './login-throttle.js';
export { decoyPasswordHash, hashPassword, verifyPassword } from './password.js';
export { AdminPasswordResetType, ConsoleSessionType, TotpEnrolmentType } from './admin-security.type.js';
export { changeOwnPassword, resetPassword } from './admin-password.service.js';
export { activeSessions, endSession } from './admin-session.service.js';
export { clearTotp, confirmTotpEnrolment, disableOwnTotp, startTotpEnrolment } from './admin-totp.service.js';
