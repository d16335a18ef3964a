import { forwardRef, type KeyboardEvent } from 'react';
import { DatagridRow, type DatagridRowProps } from 'react-admin';

/**
 * A list row that opens its record from the keyboard: rows with a record page are a Tab stop, and
 * Enter does what a click does. Rows without one (rowClick={false}) stay out of the Tab order.
 */
export const KeyboardRow = forwardRef<HTMLTableRowElement, DatagridRowProps>(function KeyboardRow(props, ref) {
  const opens = props.rowClick !== false && props.rowClick !== undefined;
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    // Only the row itself: Enter on a button or link inside the row keeps its own meaning.
    if (event.key === 'Enter' && event.target === event.currentTarget) event.currentTarget.click();
  };
  return <DatagridRow ref={ref} {...props} {...(opens ? { tabIndex: 0, onKeyDown } : {})} />;
});
