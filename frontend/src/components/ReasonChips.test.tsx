import { screen, within } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { renderAt } from '@/test/render';
import { ReasonChips } from './ReasonChips';

describe('ReasonChips', () => {
  it('shows each reason in the UI language, else another language, else the name of its code', async () => {
    await changeLanguage('en');
    renderAt(
      '/',
      <ReasonChips
        label="Why it fits"
        testId="event"
        reasons={[
          { code: 'technology', text: { ja: '5軸加工', zh: null, en: '5-axis machining' } },
          { code: 'region', text: { ja: '大阪府', zh: null, en: null } },
          { code: 'verified', text: { ja: null, zh: null, en: null } },
        ]}
      />,
    );
    const list = screen.getByTestId('event-reasons');
    expect(list).toHaveAccessibleName('Why it fits');
    const chips = within(list).getAllByTestId('event-reason');
    expect(chips.map((chip) => chip.textContent)).toEqual(['5-axis machining', '大阪府', 'Verified company']);
    expect(chips.map((chip) => chip.getAttribute('lang'))).toEqual(['en', 'ja', null]);
    expect(chips[0]).toHaveAttribute('data-code', 'technology');
  });

  it('shows nothing without reasons', () => {
    const { container } = renderAt('/', <ReasonChips label="Why" testId="x" reasons={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
