import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { changeLanguage } from '@/lib/i18n';
import { renderAt } from '@/test/render';
import { Layout } from './Layout';

function Broken(): never {
  throw new Error('cannot read properties of undefined');
}

describe('a page that fails to render', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {})); // React reports the caught error
  afterEach(() => vi.restoreAllMocks());

  it('shows a message and the ways back under the header, not a blank page', async () => {
    await changeLanguage('en');
    renderAt('/companies/a1', <Layout>{<Broken />}</Layout>);
    expect(screen.getByTestId('page-error')).toHaveTextContent('Something went wrong on this page');
    expect(screen.getByRole('link', { name: 'Back to the start page' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByTestId('nav-home')).toBeInTheDocument();
  });

  it('speaks the UI language', async () => {
    await changeLanguage('ja');
    renderAt('/', <Layout>{<Broken />}</Layout>);
    expect(screen.getByRole('alert')).toHaveTextContent('このページで問題が発生しました');
    await changeLanguage('zh');
    expect(await screen.findByText('此页面出现问题')).toBeInTheDocument();
  });

  it('tries again once the reader goes elsewhere', async () => {
    await changeLanguage('en');
    renderAt(
      '/broken',
      <Layout>
        <Routes>
          <Route path="/broken" element={<Broken />} />
          <Route path="/" element={<p>Search</p>} />
        </Routes>
      </Layout>,
    );
    expect(screen.getByTestId('page-error')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('nav-home'));
    expect(await screen.findByText('Search')).toBeInTheDocument();
    expect(screen.queryByTestId('page-error')).toBeNull();
  });
});
