import { useLocation, useNavigate } from 'react-router-dom';
import { hasCompany, isUnaffiliated, type User } from '@/lib/auth/permissions';
import { useSignIn } from '@/lib/auth/session';

/**
 * Keeps the session, then goes back where the user came from (e.g. an invitation's page, passed as `state.from`), or
 * to their company (an account without one to its own page, which says what it can do).
 */
export function useAfterSignIn() {
  const signIn = useSignIn();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return (token: string, user: User) => {
    signIn(token, user);
    navigate(from && from !== '/login' && from !== '/signup' ? from : hasCompany(user) || isUnaffiliated(user) ? '/my' : '/', { replace: true });
  };
}
