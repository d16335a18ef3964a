import { useMutation } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorMessage } from '../ui/State';
import { ResetDocument } from './auth.graphql';
import { AuthFrame } from './AuthFrame';
import { PasswordForm } from './PasswordForm';

export default function Reset() {
  const [params] = useSearchParams();
  const [reset, { data, loading, error }] = useMutation(ResetDocument);
  return (
    <AuthFrame title="Choose a new password">
      {error ? <ErrorMessage error={error} /> : null}
      {data ? (
        <p className="success" role="status">
          Your password is changed and every other session is signed out. <Link to="/signin">Sign in</Link>
        </p>
      ) : (
        <PasswordForm
          label="Set password"
          busy={loading}
          onPassword={(password) => void reset({ variables: { token: params.get('token') ?? '', password } }).catch(() => undefined)}
        />
      )}
    </AuthFrame>
  );
}
