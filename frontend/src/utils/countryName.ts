/** The country's name in the UI language (JP → 日本 / 日本 / Japan), or the code if the browser cannot name it. */
export function countryName(code: string | null | undefined, language: string): string | null {
  if (!code) return null;
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
