import { screen, within } from '@testing-library/react';
import { cloneElement, type ReactElement } from 'react';
import { renderAt } from '@/test/render';
import { changeLanguage } from '@/lib/i18n';
import type { Funnel } from '../api/types';
import { FunnelChart } from './FunnelChart';

// jsdom has no layout: give the chart a size, keep everything else of recharts as it is
vi.mock('recharts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('recharts')>();
  return {
    ...actual,
    ResponsiveContainer: ({ children }: { children: ReactElement<{ width?: number; height?: number }> }) => (
      <div style={{ width: 600, height: 300 }}>{cloneElement(children, { width: 600, height: 300 })}</div>
    ),
  };
});

const FUNNEL: Funnel = {
  requests: 40,
  accepted: 25,
  held: 20,
  businessTalks: 8,
  deals: 2,
  rounds: [
    {
      roundId: 'r3',
      monthsAfter: 3,
      sentAt: '2100-03-10T00:05:00Z',
      asked: 36,
      answered: 18,
      businessTalks: 9,
      deals: 4,
      answers: { NO_FURTHER_CONTACT: 6, IN_TALKS: 6, SAMPLE_OR_TRIAL_ORDER: 3, CONTRACT: 2, PARTNERSHIP_AGREEMENT: 1 },
    },
  ],
};

describe('FunnelChart', () => {
  it('draws the stages at the fair and per survey round, with the numbers in a table beside the chart', async () => {
    await changeLanguage('en');
    renderAt('/events/e1', <FunnelChart funnel={FUNNEL} />);
    const table = screen.getByTestId('funnel-table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Stage',
      'At the fair',
      'After 3 months',
    ]);
    expect(screen.getByTestId('funnel-requests')).toHaveTextContent('Requests40as at the fair');
    expect(screen.getByTestId('funnel-businessTalks')).toHaveTextContent('Business talks89');
    expect(screen.getByTestId('funnel-deals')).toHaveTextContent('Deals24');
    expect(screen.getByTestId('funnel-answer-CONTRACT')).toHaveTextContent('Contract2');
    expect(screen.getByTestId('funnel-answered')).toHaveTextContent('18 of 36');
    expect(screen.getByTestId('dashboard-funnel').querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
  });

  it('speaks Japanese', async () => {
    await changeLanguage('ja');
    renderAt('/events/e1', <FunnelChart funnel={FUNNEL} />);
    expect(screen.getByTestId('dashboard-funnel')).toHaveTextContent('商談申込から成約まで');
    expect(screen.getByTestId('funnel-answer-SAMPLE_OR_TRIAL_ORDER')).toHaveTextContent('サンプル・試作発注3');
  });
});
