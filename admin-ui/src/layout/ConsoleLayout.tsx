import type { ReactNode } from 'react';
import { Layout, Menu, usePermissions } from 'react-admin';
import { canReadFinance } from '../roles';

function ConsoleMenu() {
  const { permissions } = usePermissions();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      <Menu.Item to="/usage" primaryText="Usage explorer" />
      <Menu.Item to="/dunning" primaryText="Dunning" />
      {canReadFinance(permissions) ? <Menu.Item to="/reports/revenue" primaryText="Revenue report" /> : null}
    </Menu>
  );
}

export function ConsoleLayout({ children }: { children: ReactNode }) {
  return <Layout menu={ConsoleMenu}>{children}</Layout>;
}
