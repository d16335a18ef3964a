import { graphql } from '../../generated';

export const AdminAlertsDocument = graphql(`
  query ConsoleAdminAlerts($status: AdminAlertStatus, $kind: AdminAlertKind, $page: Int!, $perPage: Int!) {
    adminAlerts(status: $status, kind: $kind, page: $page, perPage: $perPage) {
      totalCount
      items { id kind status subject customerId openedAt closedAt acknowledgedByEmail acknowledgementNote details }
    }
  }
`);

export const OpenAlertCountDocument = graphql(`
  query ConsoleOpenAlertCount { adminAlerts(status: OPEN, perPage: 1) { totalCount } }
`);

export const AcknowledgeAlertDocument = graphql(`
  mutation ConsoleAcknowledgeAlert($id: ID!, $note: String!) { acknowledgeAdminAlert(id: $id, note: $note) { id status } }
`);

export const AlertMailDocument = graphql(`query ConsoleAlertMail { adminMe { id alertEmails } }`);

export const SetAlertMailDocument = graphql(`
  mutation ConsoleSetAlertMail($enabled: Boolean!) { setMyAlertEmails(enabled: $enabled) { id alertEmails } }
`);
