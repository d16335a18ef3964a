import { Admin, CustomRoutes, Resource } from 'react-admin';
import { BrowserRouter, Route } from 'react-router-dom';
import { Dashboard } from './dashboard/Dashboard';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { RevenueReport } from './reports/RevenueReport';
import { AdminUserCreate, AdminUserEdit, AdminUserList } from './resources/admin-users/AdminUsers';
import { ApiKeyList } from './resources/api-keys/ApiKeyList';
import { AuditLogList } from './resources/audit-log/AuditLogList';
import { CustomerList } from './resources/customers/CustomerList';
import { CustomerShow } from './resources/customers/CustomerShow';
import { canManageAdmins, canReadKeysAndAudit } from './roles';

/** Resources appear only for roles that may use them; the server enforces the same rules. */
export function App() {
  return (
    <BrowserRouter basename="/admin">
      <Admin
        title="Carlo console"
        authProvider={authProvider}
        dataProvider={dataProvider}
        dashboard={Dashboard}
        layout={ConsoleLayout}
        requireAuth
        disableTelemetry
      >
        {(role: unknown) => (
          <>
            <Resource name="customers" list={CustomerList} show={CustomerShow} recordRepresentation="company" />
            {canReadKeysAndAudit(role) ? <Resource name="apiKeys" options={{ label: 'API keys' }} list={ApiKeyList} /> : null}
            {canReadKeysAndAudit(role) ? <Resource name="auditLog" options={{ label: 'Audit log' }} list={AuditLogList} /> : null}
            {canManageAdmins(role) ? (
              <Resource name="adminUsers" options={{ label: 'Admin users' }} list={AdminUserList} create={AdminUserCreate} edit={AdminUserEdit} recordRepresentation="email" />
            ) : null}
            <CustomRoutes>
              <Route path="/reports/revenue" element={<RevenueReport />} />
            </CustomRoutes>
          </>
        )}
      </Admin>
    </BrowserRouter>
  );
}
