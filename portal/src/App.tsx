import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { apollo } from './apollo';
import { Loading } from './ui/State';
import { SignedIn } from './ui/SignedIn';

// Every page is its own chunk: the first load carries the shell and the page asked for only.
const SignIn = lazy(() => import('./auth/SignIn'));
const Verify = lazy(() => import('./auth/Verify'));
const Forgot = lazy(() => import('./auth/Forgot'));
const Reset = lazy(() => import('./auth/Reset'));
const Invite = lazy(() => import('./auth/Invite'));
const Overview = lazy(() => import('./pages/Overview'));
const Keys = lazy(() => import('./pages/Keys'));
const Billing = lazy(() => import('./pages/Billing'));
const Team = lazy(() => import('./pages/Team'));
const Webhooks = lazy(() => import('./pages/Webhooks'));
const Notifications = lazy(() => import('./pages/Notifications'));
const Playground = lazy(() => import('./pages/Playground'));
const Explorer = lazy(() => import('./pages/Explorer'));

export function App() {
  return (
    <ApolloProvider client={apollo}>
      <BrowserRouter basename="/portal">
        <Suspense fallback={<Loading what="the page" />}>
          <Routes>
            <Route path="signin" element={<SignIn />} />
            <Route path="verify" element={<Verify />} />
            <Route path="forgot" element={<Forgot />} />
            <Route path="reset" element={<Reset />} />
            <Route path="invite" element={<Invite />} />
            <Route element={<SignedIn />}>
              <Route index element={<Overview />} />
              <Route path="keys" element={<Keys />} />
              <Route path="billing" element={<Billing />} />
              <Route path="team" element={<Team />} />
              <Route path="webhooks" element={<Webhooks />} />
              <Route path="notifications" element={<Notifications />} />
              <Route path="playground" element={<Playground />} />
              <Route path="explorer" element={<Explorer />} />
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </ApolloProvider>
  );
}
