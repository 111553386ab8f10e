// shared with the other features' forms (e.g. the team's invitations)
export { rateLimited } from '@/lib/rateLimit';
