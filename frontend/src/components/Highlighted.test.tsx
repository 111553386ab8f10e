import { render } from '@testing-library/react';
import { Highlighted } from './Highlighted';

describe('Highlighted', () => {
  it('marks matched segments', () => {
    const { container } = render(
      <Highlighted segments={[{ text: '5軸', match: false }, { text: '精密', match: true }, { text: '加工', match: false }]} />,
    );
    expect(container.textContent).toBe('5軸精密加工');
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('mark')?.textContent).toBe('精密');
  });

  it('renders markup in the text as text, not HTML', () => {
    const { container } = render(<Highlighted segments={[{ text: '<img src=x onerror=alert(1)>', match: true }]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
