import type { AdminAlertKind, AdminAlertStatus } from '../../generated/graphql';
import {
  AcknowledgeAlertDocument,
  AdminAlertsDocument,
  AlertMailDocument,
  OpenAlertCountDocument,
  SetAlertMailDocument,
} from '../../resources/alerts/alerts.graphql';
import { mutate, query } from '../apollo';

export const ALERTS_PER_PAGE = 50;

export async function adminAlerts(status: AdminAlertStatus | null, kind: AdminAlertKind | null, page: number) {
  return (await query(AdminAlertsDocument, { status, kind, page, perPage: ALERTS_PER_PAGE })).adminAlerts;
}

export async function openAlertCount(): Promise<number> {
  return (await query(OpenAlertCountDocument, {})).adminAlerts.totalCount;
}

export async function acknowledgeAlert(id: string, note: string) {
  return (await mutate(AcknowledgeAlertDocument, { id, note })).acknowledgeAdminAlert;
}

export async function alertMail(): Promise<boolean> {
  return (await query(AlertMailDocument, {})).adminMe.alertEmails;
}

export async function setAlertMail(enabled: boolean): Promise<boolean> {
  return (await mutate(SetAlertMailDocument, { enabled })).setMyAlertEmails.alertEmails;
}
