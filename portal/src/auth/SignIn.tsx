import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { SignInDocument } from '../session.graphql';
import { ErrorMessage } from '../ui/State';
import { AuthFrame, fieldOf } from './AuthFrame';

export default function SignIn() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [signIn, { loading, error }] = useMutation(SignInDocument);
  const next = params.get('next');
  return (
    <AuthFrame title="Sign in to your account">
      {error ? <ErrorMessage error={error} /> : null}
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          void signIn({ variables: { email: fieldOf(form, 'email'), password: fieldOf(form, 'password') } })
            .then(() => navigate(next?.startsWith('/') ? next : '/', { replace: true }))
            .catch(() => undefined);
        }}
      >
        <label>
          Email
          <input name="email" type="email" autoComplete="email" required />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        <Link to="/forgot">Forgot your password?</Link>
      </p>
      <p>
        New to Carlo? <a href="/pricing">Choose a plan and sign up</a>.
      </p>
    </AuthFrame>
  );
}
