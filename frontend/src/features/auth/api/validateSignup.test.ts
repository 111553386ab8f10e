import type { SignupRequest } from './auth';
import {
  passwordFieldErrors,
  passwordLength,
  validateEmail,
  validatePassword,
  validateSignup,
} from './validateSignup';

const request = (password: string): SignupRequest => ({
  email: 'new@e2e.musubi.example',
  password,
  displayName: '結び 花子',
  company: { kind: 'SME', names: { ja: '結び精工', zh: null, en: null }, country: 'JP', industry: 'MANUFACTURING' },
});
const passwordErrors = (password: string) =>
  validateSignup(request(password)).filter((e) => e.field === 'password').map((e) => e.code);

describe('the sign-up checks', () => {
  it('want at least 12 characters, counted as the server counts them (code points, any script)', () => {
    expect(passwordErrors('a-short-one')).toEqual(['password_size']); // 11
    expect(passwordErrors('twelve-chars')).toEqual([]);
    expect(passwordErrors('結び合う中小企業と大企業の輪')).toEqual([]); // 14 kanji and kana
    expect(passwordErrors('结缘平台让企业相识')).toEqual(['password_size']); // 9
    // 12 emoji are 24 UTF-16 units but 12 characters; 11 are too few however they are counted
    expect(passwordLength('🔐'.repeat(12))).toBe(12);
    expect(passwordErrors('🔐'.repeat(12))).toEqual([]);
    expect(passwordErrors('🔐'.repeat(11))).toEqual(['password_size']);
  });

  it('refuse more than 200 characters', () => {
    expect(passwordErrors('あ'.repeat(200))).toEqual([]);
    expect(passwordErrors('あ'.repeat(201))).toEqual(['too_long']);
  });

  it('check the e-mail, name, company name, country and industry', () => {
    const problems = validateSignup({
      ...request('a-long-enough-password'),
      email: 'nobody',
      displayName: ' ',
      company: { kind: 'SME', names: { ja: null, zh: null, en: ' ' }, country: '', industry: '' },
    });
    expect(problems.map((e) => `${e.field}:${e.code}`)).toEqual([
      'email:email',
      'displayName:required',
      'company.names:required',
      'company.country:required',
      'company.industry:required',
    ]);
  });

  it('give the server’s password errors their own texts and keep the others', () => {
    const server = [
      { field: 'password', code: 'size', message: 'must have 12 to 200 characters' },
      { field: 'password', code: 'common', message: 'is one of the most common passwords' },
      { field: 'email', code: 'email', message: 'must be an e-mail address' },
    ];
    expect(passwordFieldErrors(server, 'short').map((e) => e.code)).toEqual(['password_size', 'password_common', 'email']);
    expect(passwordFieldErrors(server, 'x'.repeat(201))[0].code).toBe('too_long');
    expect(passwordFieldErrors(server, 'short')[1].message).toBe('is one of the most common passwords');
  });

  it('give the server’s current codes (password_size, not_common_password) the same texts', () => {
    const server = [
      { field: 'password', code: 'password_size', message: 'must be 12 to 200 characters' },
      { field: 'password', code: 'not_common_password', message: 'is one of the 10,000 most common passwords' },
      { field: 'token', code: 'invalid_or_expired', message: 'is unknown, used or expired' },
    ];
    expect(passwordFieldErrors(server, 'short').map((e) => e.code)).toEqual(['password_size', 'password_common', 'invalid_or_expired']);
    expect(passwordFieldErrors(server, 'x'.repeat(201))[0].code).toBe('too_long');
  });
});

describe('the password and e-mail checks shared by the account forms', () => {
  it('check a new password alone, as sign-up does', () => {
    expect(validatePassword('a-short-one')).toEqual([{ field: 'password', code: 'password_size', message: '' }]);
    expect(validatePassword('twelve-chars')).toEqual([]);
    expect(validatePassword('あ'.repeat(201)).map((e) => e.code)).toEqual(['too_long']);
  });

  it('count composed characters as the server does (NFC)', () => {
    // が written as か + combining dakuten: 2 code points, 1 after NFC
    expect(passwordLength('\u304b\u3099'.repeat(12))).toBe(12);
    expect(validatePassword('\u304b\u3099'.repeat(11))).toHaveLength(1);
  });

  it('check an e-mail address', () => {
    expect(validateEmail(' ').map((e) => e.code)).toEqual(['required']);
    expect(validateEmail('nobody').map((e) => e.code)).toEqual(['email']);
    expect(validateEmail(' someone@musubi.example ')).toEqual([]);
  });
});
