import { fireEvent, screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { renderAt } from '@/test/render';
import { Layout } from './Layout';

describe('LanguageSwitcher', () => {
  it('switches every text, remembers the choice and sets the page language', async () => {
    await changeLanguage('ja');
    renderAt('/', <Layout>content</Layout>);
    expect(screen.getByTestId('tagline')).toHaveTextContent('大企業と中小企業を結ぶ');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('Tying large firms and SMEs together')).toBeInTheDocument();
    expect(localStorage.getItem('musubi.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByText('连接大企业与中小企业')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
  });
});
