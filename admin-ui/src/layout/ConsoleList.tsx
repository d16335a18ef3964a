import {
  CreateButton,
  ExportButton,
  FilterButton,
  List as ReactAdminList,
  type ListProps,
  type RaRecord,
  TopToolbar,
  useFilterContext,
  useResourceDefinition,
} from 'react-admin';
import { exportCsv } from './csv-export';

/** react-admin's list actions, with an export of every matching row instead of the first 1,000. */
function ConsoleListActions() {
  const filters = useFilterContext();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters && filters.length > 0 ? <FilterButton /> : null}
      {hasCreate ? <CreateButton /> : null}
      <ExportButton maxResults={Number.MAX_SAFE_INTEGER} />
    </TopToolbar>
  );
}

/**
 * Every console list: one CSV exporter that neutralises formula cells and drops __typename, and
 * an export of all matching rows (the data provider pages through them).
 */
export function List<RecordType extends RaRecord = RaRecord>(props: ListProps<RecordType>) {
  return <ReactAdminList<RecordType> exporter={exportCsv} actions={<ConsoleListActions />} {...props} />;
}
