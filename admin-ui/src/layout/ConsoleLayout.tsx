import type { ReactNode } from 'react';
import { Layout, Menu, usePermissions } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { useLoad } from '../dashboard/use-load';
import { openAlertCount } from '../providers/data/alerts';
import { canReadFinance } from '../roles';

/** "Alerts (3)": the open count, fetched again on each navigation so an acknowledgement shows soon. */
function AlertsItem() {
  const { pathname } = useLocation();
  const { data } = useLoad(openAlertCount, pathname);
  return <Menu.Item to="/alerts" primaryText={data ? `Alerts (${data})` : 'Alerts'} />;
}

function ConsoleMenu() {
  const { permissions } = usePermissions();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      <Menu.Item to="/usage" primaryText="Usage explorer" />
      <Menu.Item to="/dunning" primaryText="Dunning" />
      <Menu.Item to="/coupons" primaryText="Coupons" />
      <AlertsItem />
      {canReadFinance(permissions) ? <Menu.Item to="/reports/revenue" primaryText="Revenue report" /> : null}
      <Menu.Item to="/account" primaryText="My account" />
    </Menu>
  );
}

export function ConsoleLayout({ children }: { children: ReactNode }) {
  return <Layout menu={ConsoleMenu}>{children}</Layout>;
}
