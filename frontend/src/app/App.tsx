import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Layout } from '@/components/Layout';
import { PageError } from '@/components/PageErrorBoundary';
import { RequireUser } from '@/components/RequireUser';
import { AccountSettings } from '@/features/auth/components/AccountSettings';
import { ConfirmEmailPage } from '@/features/auth/components/ConfirmEmailPage';
import { EmailConfirmBanner } from '@/features/auth/components/EmailConfirmBanner';
import { ForgotPasswordPage } from '@/features/auth/components/ForgotPasswordPage';
import { LoginPage } from '@/features/auth/components/LoginPage';
import { ResetPasswordPage } from '@/features/auth/components/ResetPasswordPage';
import { SignupPage } from '@/features/auth/components/SignupPage';
import { CapacityFormPage } from '@/features/capacities/components/CapacityFormPage';
import { CapacityPage } from '@/features/capacities/components/CapacityPage';
import { CompanyPage } from '@/features/company/components/CompanyPage';
import { DevMailPage } from '@/features/dev-mail/components/DevMailPage';
import { MyCompanyPage } from '@/features/company/components/MyCompanyPage';
import { ProfileEditPage } from '@/features/company/components/ProfileEditPage';
import { EventFormPage } from '@/features/event/components/EventFormPage';
import { EventPage } from '@/features/event/components/EventPage';
import { EventsPage } from '@/features/event/components/EventsPage';
import { PrintAgendaPage } from '@/features/event/components/PrintAgendaPage';
import { SurveyAnswerPage } from '@/features/event/components/SurveyAnswerPage';
import { ImportPage } from '@/features/imports/components/ImportPage';
import { IntroductionsPage } from '@/features/match/components/IntroductionsPage';
import { RecommendationPanel } from '@/features/match/components/RecommendationPanel';
import { InboxPage } from '@/features/inquiries/components/InboxPage';
import { SendInquiry } from '@/features/inquiries/components/SendInquiry';
import { ThreadPage } from '@/features/inquiries/components/ThreadPage';
import { NeedFormPage } from '@/features/needs/components/NeedFormPage';
import { NeedPage } from '@/features/needs/components/NeedPage';
import { NotificationsPage } from '@/features/notifications/components/NotificationsPage';
import { UnsubscribePage } from '@/features/notifications/components/UnsubscribePage';
import { SavedSearchesPage } from '@/features/search/components/SavedSearchesPage';
import { SearchPage } from '@/features/search/components/SearchPage';
import { InvitationPage } from '@/features/team/components/InvitationPage';
import { TeamPage } from '@/features/team/components/TeamPage';
import { canImport, canOrganiseEvents, canViewIntroductions, hasCompany } from '@/lib/auth/permissions';
import type { InquirySlot } from '@/lib/inquiries';
import { subjectRef, type RecommendationSlot } from '@/lib/recommendations';
import { HeaderNav } from './HeaderNav';
import { NotFoundPage } from './NotFoundPage';
import { AppProviders } from './providers';

const signedIn = (page: ReactNode, allow?: Parameters<typeof RequireUser>[0]['allow']) => (
  <RequireUser allow={allow}>{page}</RequireUser>
);

/**
 * The need, capacity and company pages leave a slot for recommendations; the match feature fills it here, where
 * features may meet (a feature never imports another). The panel decides itself who may see it.
 */
const recommendations: RecommendationSlot = (subject) => (
  <RecommendationPanel key={subjectRef(subject.type, subject.id)} subject={subject} />
);

/** The same pages leave a slot for "send inquiry"; the inquiries feature fills it (it decides who may send). */
const inquiry: InquirySlot = (subject) => <SendInquiry key={subjectRef(subject.type, subject.id)} subject={subject} />;

export function AppRoutes() {
  return (
    <Layout nav={<HeaderNav />} banner={<EmailConfirmBanner />}>
      <Routes>
        <Route path="/" element={<SearchPage />} />
        <Route path="/login" element={<LoginPage />} />
        <Route path="/signup" element={<SignupPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/confirm-email" element={<ConfirmEmailPage />} />
        <Route path="/invitations/:token" element={<InvitationPage />} />
        <Route path="/companies/:id" element={<CompanyPage recommendations={recommendations} inquiry={inquiry} />} />
        <Route path="/companies/:id/edit" element={signedIn(<ProfileEditPage />)} />
        <Route path="/my" element={signedIn(<MyCompanyPage account={<AccountSettings />} />)} />
        <Route path="/my/profile" element={signedIn(<ProfileEditPage />)} />
        <Route path="/my/team" element={signedIn(<TeamPage />, hasCompany)} />
        <Route path="/needs/new" element={signedIn(<NeedFormPage />)} />
        <Route path="/needs/:id" element={<NeedPage recommendations={recommendations} inquiry={inquiry} />} />
        <Route path="/needs/:id/edit" element={signedIn(<NeedFormPage />)} />
        <Route path="/capacities/new" element={signedIn(<CapacityFormPage />)} />
        <Route path="/capacities/:id" element={<CapacityPage recommendations={recommendations} inquiry={inquiry} />} />
        <Route path="/capacities/:id/edit" element={signedIn(<CapacityFormPage />)} />
        <Route path="/inbox" element={signedIn(<InboxPage />)} />
        <Route path="/inbox/:id" element={signedIn(<ThreadPage />)} />
        <Route path="/introductions" element={signedIn(<IntroductionsPage />, canViewIntroductions)} />
        <Route path="/admin/import" element={signedIn(<ImportPage />, canImport)} />
        <Route path="/events" element={<EventsPage />} />
        <Route path="/events/new" element={signedIn(<EventFormPage />, canOrganiseEvents)} />
        <Route path="/events/:id" element={<EventPage />} />
        <Route path="/events/:id/edit" element={signedIn(<EventFormPage />)} />
        <Route path="/events/:id/agenda/print" element={signedIn(<PrintAgendaPage />)} />
        <Route path="/notifications" element={signedIn(<NotificationsPage />)} />
        <Route path="/saved-searches" element={signedIn(<SavedSearchesPage />)} />
        <Route path="/unsubscribe" element={<UnsubscribePage />} />
        <Route path="/survey" element={<SurveyAnswerPage />} />
        <Route path="/dev/mail" element={<DevMailPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}

/** The layout catches a page's render error itself; this outer boundary catches one in the layout or the providers. */
export function App() {
  return (
    <ErrorBoundary FallbackComponent={PageError}>
      <AppProviders>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </ErrorBoundary>
  );
}
