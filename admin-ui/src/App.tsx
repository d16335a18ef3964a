import { Admin, CustomRoutes, Resource } from 'react-admin';
import { BrowserRouter, Route } from 'react-router-dom';
import { lazy } from 'react';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { LoginPage } from './layout/LoginPage';
import { consoleTheme } from './layout/theme';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { canEditCustomers, canEditPlans, canManageAdmins, canReadBillingOps, canReadKeysAndAudit } from './roles';

// Every page is its own chunk, loaded on first visit: the sign-in page needs none of them (nor recharts).
const Dashboard = lazy(() => import('./dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));
const UsageExplorer = lazy(() => import('./dashboard/UsageExplorer').then((m) => ({ default: m.UsageExplorer })));
const RevenueReport = lazy(() => import('./reports/RevenueReport').then((m) => ({ default: m.RevenueReport })));
const AccountPage = lazy(() => import('./account/AccountPage').then((m) => ({ default: m.AccountPage })));
const AdminUserList = lazy(() => import('./resources/admin-users/AdminUsers').then((m) => ({ default: m.AdminUserList })));
const AdminUserCreate = lazy(() => import('./resources/admin-users/AdminUsers').then((m) => ({ default: m.AdminUserCreate })));
const AdminUserEdit = lazy(() => import('./resources/admin-users/AdminUsers').then((m) => ({ default: m.AdminUserEdit })));
const ApiKeyList = lazy(() => import('./resources/api-keys/ApiKeyList').then((m) => ({ default: m.ApiKeyList })));
const AuditLogList = lazy(() => import('./resources/audit-log/AuditLogList').then((m) => ({ default: m.AuditLogList })));
const CustomerList = lazy(() => import('./resources/customers/CustomerList').then((m) => ({ default: m.CustomerList })));
const CustomerEdit = lazy(() => import('./resources/customers/CustomerEdit').then((m) => ({ default: m.CustomerEdit })));
const AlertsPage = lazy(() => import('./resources/alerts/AlertsPage').then((m) => ({ default: m.AlertsPage })));
const CouponsPage = lazy(() => import('./resources/coupons/CouponsPage').then((m) => ({ default: m.CouponsPage })));
const DunningQueue = lazy(() => import('./resources/dunning/DunningQueue').then((m) => ({ default: m.DunningQueue })));
const CustomerShow = lazy(() => import('./resources/customers/CustomerShow').then((m) => ({ default: m.CustomerShow })));
const billing = () => import('./resources/billing/BillingLists');
const InvoiceList = lazy(() => billing().then((m) => ({ default: m.InvoiceList })));
const InvoiceShow = lazy(() => import('./resources/billing/InvoiceShow').then((m) => ({ default: m.InvoiceShow })));
const MeterDriftList = lazy(() => billing().then((m) => ({ default: m.MeterDriftList })));
const OutboxList = lazy(() => billing().then((m) => ({ default: m.OutboxList })));
const StripeEventList = lazy(() => billing().then((m) => ({ default: m.StripeEventList })));
const SubscriptionList = lazy(() => billing().then((m) => ({ default: m.SubscriptionList })));
const PlanEdit = lazy(() => import('./resources/plans/Plans').then((m) => ({ default: m.PlanEdit })));
const PlanCreate = lazy(() => import('./resources/plans/Plans').then((m) => ({ default: m.PlanCreate })));
const PlanShow = lazy(() => import('./resources/plans/Plans').then((m) => ({ default: m.PlanShow })));
const PlanList = lazy(() => import('./resources/plans/Plans').then((m) => ({ default: m.PlanList })));
const SimulationList = lazy(() => import('./resources/simulations/Simulations').then((m) => ({ default: m.SimulationList })));
const SimulationShow = lazy(() => import('./resources/simulations/Simulations').then((m) => ({ default: m.SimulationShow })));

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
        loginPage={LoginPage}
        theme={consoleTheme}
        requireAuth
        disableTelemetry
      >
        {(role: unknown) => (
          <>
            <Resource
              name="customers"
              list={CustomerList}
              show={CustomerShow}
              edit={canEditCustomers(role) ? CustomerEdit : undefined}
              recordRepresentation="company"
            />
            {canReadKeysAndAudit(role) ? <Resource name="apiKeys" options={{ label: 'API keys' }} list={ApiKeyList} /> : null}
            {canReadBillingOps(role) ? <Resource name="subscriptions" list={SubscriptionList} /> : null}
            <Resource name="invoices" list={InvoiceList} show={InvoiceShow} />
            <Resource
              name="plans"
              list={PlanList}
              edit={canEditPlans(role) ? PlanEdit : undefined}
              show={canEditPlans(role) ? undefined : PlanShow}
              create={canEditPlans(role) ? PlanCreate : undefined}
              recordRepresentation="name"
            />
            {canReadBillingOps(role) ? <Resource name="simulations" list={SimulationList} show={SimulationShow} /> : null}
            {canReadBillingOps(role) ? <Resource name="stripeEvents" options={{ label: 'Stripe events' }} list={StripeEventList} /> : null}
            {canReadBillingOps(role) ? <Resource name="outbox" options={{ label: 'Stripe outbox' }} list={OutboxList} /> : null}
            <Resource name="meterDrift" options={{ label: 'Meter drift' }} list={MeterDriftList} />
            {canReadKeysAndAudit(role) ? <Resource name="auditLog" options={{ label: 'Audit log' }} list={AuditLogList} /> : null}
            {canManageAdmins(role) ? (
              <Resource
                name="adminUsers"
                options={{ label: 'Admin users' }}
                list={AdminUserList}
                create={AdminUserCreate}
                edit={AdminUserEdit}
                recordRepresentation="email"
              />
            ) : null}
            <CustomRoutes>
              <Route path="/reports/revenue" element={<RevenueReport />} />
              <Route path="/usage" element={<UsageExplorer />} />
              <Route path="/dunning" element={<DunningQueue />} />
              <Route path="/coupons" element={<CouponsPage />} />
              <Route path="/account" element={<AccountPage />} />
              <Route path="/alerts" element={<AlertsPage />} />
            </CustomRoutes>
          </>
        )}
      </Admin>
    </BrowserRouter>
  );
}
