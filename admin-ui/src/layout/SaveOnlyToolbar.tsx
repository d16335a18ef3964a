import { SaveButton, Toolbar } from 'react-admin';

/** A form toolbar without Delete, for records the server never deletes (plans, staff accounts). */
export function SaveOnlyToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}
