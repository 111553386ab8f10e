import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Layout } from '@/components/Layout';
import { CompanyPage } from '@/features/company/components/CompanyPage';
import { SearchPage } from '@/features/search/components/SearchPage';
import { AppProviders } from './providers';

export function AppRoutes() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<SearchPage />} />
        <Route path="/companies/:id" element={<CompanyPage />} />
        <Route path="*" element={<SearchPage />} />
      </Routes>
    </Layout>
  );
}

export function App() {
  return (
    <AppProviders>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
