import type { Generated } from 'kysely';
import type { Timestamp, Json } from './column-types.js';

/** The staff tables (owner: platform/staff). */

export interface AdminSessionTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  admin_id: string;
  token_hash: string;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  ip: string | null;
}

export interface AdminUserTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  disabled: Generated<boolean>;
  alert_emails: Generated<boolean>;
  last_login_at: Timestamp | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: number | null;
  password_changed_at: Timestamp | null;
}

export interface AuditLogTable {
  id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  actor_id: string | null;
  actor_email: string;
  action: string;
  target_type: string;
  target_id: string | null;
  before: Json | null;
  after: Json | null;
  ip: string | null;
  request_id: string | null;
}
