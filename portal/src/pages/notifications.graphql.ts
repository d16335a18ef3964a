import { graphql } from '../generated';

export const PreferencesDocument = graphql(`
  query PortalNotificationPreferences { notificationPreferences { category enabled } }
`);

export const SetPreferenceDocument = graphql(`
  mutation PortalSetNotificationPreference($category: String!, $enabled: Boolean!) {
    setNotificationPreference(category: $category, enabled: $enabled) { category enabled }
  }
`);
