import { DatagridBody, defaultTheme, type RaThemeOptions } from 'react-admin';
import { KeyboardRow } from './KeyboardRow';

/**
 * react-admin's default theme with the console's layout rules, so every page follows them without
 * per-page styling: the page never grows wider than the window (a wide table scrolls inside its own
 * box, tabs scroll, long values wrap), and list rows are reachable by keyboard.
 */
export const consoleTheme: RaThemeOptions = {
  ...defaultTheme,
  components: {
    ...defaultTheme.components,
    RaLayout: {
      styleOverrides: {
        root: {
          // react-admin sizes the layout to fit its content (min-width: fit-content) and flex items
          // default to min-width: auto, so one wide table used to widen the whole page.
          minWidth: 0,
          '& .RaLayout-content, & .RaLayout-contentWithSidebar': { minWidth: 0 },
        },
      },
    },
    RaList: { styleOverrides: { root: { '& .RaList-main': { minWidth: 0 } } } },
    RaShow: { styleOverrides: { root: { '& .RaShow-main': { minWidth: 0 } } } },
    RaEdit: { styleOverrides: { root: { '& .RaEdit-main': { minWidth: 0 } } } },
    RaCreate: { styleOverrides: { root: { '& .RaCreate-main': { minWidth: 0 } } } },
    RaDatagrid: {
      defaultProps: { body: <DatagridBody row={<KeyboardRow />} /> },
      styleOverrides: {
        root: {
          '& .RaDatagrid-tableWrapper': { overflowX: 'auto', maxWidth: '100%' },
          '& tr.RaDatagrid-clickableRow:focus-visible': { outline: '2px solid', outlineOffset: -2 },
        },
      },
    },
    MuiTabs: { defaultProps: { variant: 'scrollable', scrollButtons: 'auto', allowScrollButtonsMobile: true } },
    MuiTableContainer: { styleOverrides: { root: { overflowX: 'auto' } } },
  },
};
