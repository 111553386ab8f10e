import { useLocation, useNavigate } from 'react-router-dom';
import type { User } from '@/lib/auth/permissions';
import { useSignIn } from '@/lib/auth/session';

/** Keeps the session, then goes back where the user came from (or to their company). */
export function useAfterSignIn() {
  const signIn = useSignIn();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return (token: string, user: User) => {
    signIn(token, user);
    navigate(from && from !== '/login' && from !== '/signup' ? from : user.companyId ? '/my' : '/', { replace: true });
  };
}
