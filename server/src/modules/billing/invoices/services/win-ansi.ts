/** The characters of WinAnsiEncoding beyond Latin-1 (its 0x80–0x9F block). */
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/**
 * The PDF's standard fonts (Helvetica) only encode WinAnsi: any other character would print as
 * unrelated glyphs, so it is shown as "?" instead (a name in another script stays recognisably absent).
 */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const latin1 = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
    out += latin1 || WIN_ANSI_EXTRAS.has(char) ? char : "?";
  }
  return out;
}
