import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { ErrorMessage } from '../ui/State';
import { RequestResetDocument } from './auth.graphql';
import { AuthFrame, fieldOf } from './AuthFrame';

export default function Forgot() {
  const [request, { data, loading, error }] = useMutation(RequestResetDocument);
  return (
    <AuthFrame title="Reset your password">
      {error ? <ErrorMessage error={error} /> : null}
      {data ? (
        <p className="success" role="status">
          If that address has a Carlo sign-in, a reset link is on its way. It works for one hour.
        </p>
      ) : (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void request({ variables: { email: fieldOf(event.currentTarget, 'email') } }).catch(() => undefined);
          }}
        >
          <label>
            Email
            <input name="email" type="email" autoComplete="email" required />
          </label>
          <button type="submit" disabled={loading}>
            Mail me a reset link
          </button>
        </form>
      )}
      <p>
        <Link to="/signin">Back to sign in</Link>
      </p>
    </AuthFrame>
  );
}
