import { useMutation } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorMessage } from '../ui/State';
import { AcceptInvitationDocument } from './auth.graphql';
import { AuthFrame } from './AuthFrame';
import { PasswordForm } from './PasswordForm';

export default function Invite() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [accept, { loading, error }] = useMutation(AcceptInvitationDocument);
  return (
    <AuthFrame title="Join your team on Carlo">
      {error ? <ErrorMessage error={error} /> : null}
      <PasswordForm
        label="Set password and sign in"
        busy={loading}
        onPassword={(password) =>
          void accept({ variables: { token: params.get('token') ?? '', password } })
            .then(() => navigate('/', { replace: true }))
            .catch(() => undefined)
        }
      />
    </AuthFrame>
  );
}
