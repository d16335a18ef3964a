import { Box, Typography } from '@mui/material';
import { Edit, SimpleForm, TextInput, email, maxLength, required } from 'react-admin';
import { SaveOnlyToolbar } from '../../layout/SaveOnlyToolbar';

/** Tags are a list on the server and one comma-separated text in the form, so a comma can be typed. */
const tagsText = (value: unknown) => (Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '');

/**
 * The admins edit a customer's profile; the server replaces every field, updates the Stripe
 * customer's name, billing email and address first, and audits before and after.
 */
export function CustomerEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<SaveOnlyToolbar />} sx={{ maxWidth: 640 }}>
        <TextInput source="company" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="email" label="Sign-in email" validate={[required(), email()]} fullWidth />
        <TextInput source="billingEmail" label="Billing email (invoices; sign-in email when empty)" validate={email()} fullWidth />
        <TextInput source="taxId" label="Tax id" validate={maxLength(64)} fullWidth />
        <Typography variant="subtitle2" sx={{ mt: 1 }}>
          Address (copied to the Stripe customer)
        </Typography>
        <TextInput source="address.line1" label="Line 1" fullWidth />
        <TextInput source="address.line2" label="Line 2" fullWidth />
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%' }}>
          <TextInput source="address.postalCode" label="Postal code" />
          <TextInput source="address.city" label="City" />
          <TextInput source="address.state" label="State" />
          <TextInput source="address.country" label="Country (two letters)" validate={maxLength(2)} />
        </Box>
        <TextInput source="notes" label="Notes (staff only)" multiline minRows={3} validate={maxLength(5000)} fullWidth />
        <TextInput source="tags" label="Tags (comma-separated)" format={tagsText} parse={(value: string) => value} fullWidth />
      </SimpleForm>
    </Edit>
  );
}
