import { useNavigate } from 'react-router-dom';
import { useClearSession } from '@/lib/auth/session';
import { notice } from '@/lib/notice';

/**
 * For actions after which the server has ended the user's login (leaving the company, deleting it): forget the
 * session and go to the login page, which says why (`noticeKey`).
 */
export function useSessionEnded() {
  const navigate = useNavigate();
  const clearSession = useClearSession();
  return (noticeKey: string) => {
    navigate('/login', { replace: true, state: notice(noticeKey) });
    clearSession();
  };
}
