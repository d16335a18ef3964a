import { useMutation } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorMessage, Loading } from '../ui/State';
import { VerifyDocument } from './auth.graphql';
import { AuthFrame } from './AuthFrame';

export default function Verify() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [verify, { data, error, called }] = useMutation(VerifyDocument);
  useEffect(() => {
    void verify({ variables: { token } }).catch(() => undefined);
  }, [verify, token]);
  return (
    <AuthFrame title="Verify your email">
      {error ? <ErrorMessage error={error} /> : null}
      {!called || (!data && !error) ? <Loading what="your link" /> : null}
      {data?.verifyMemberEmail ? (
        <p className="success" role="status">
          Your email is verified.
        </p>
      ) : null}
      <p>
        <Link to="/">Go to your account</Link>
      </p>
    </AuthFrame>
  );
}
