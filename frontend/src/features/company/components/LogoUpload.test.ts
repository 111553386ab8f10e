import { logoProblem } from './LogoUpload';

describe('logo checks in the browser', () => {
  it('accepts PNG, JPEG and WebP up to 1 MB', () => {
    expect(logoProblem(new File([new Uint8Array(1000)], 'logo.png', { type: 'image/png' }))).toBeNull();
    expect(logoProblem(new File([new Uint8Array(10)], 'logo.webp', { type: 'image/webp' }))).toBeNull();
  });

  it('refuses other types and larger files', () => {
    expect(logoProblem(new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }))?.code).toBe('file_type');
    expect(logoProblem(new File([new Uint8Array(1024 * 1024 + 1)], 'big.jpg', { type: 'image/jpeg' }))?.code).toBe('file_size');
  });
});
