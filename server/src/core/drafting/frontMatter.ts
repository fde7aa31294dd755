// A draft can turn Attest off for itself with `attest: false` in its YAML front matter, so the
// choice travels with the file: the editor, Neovim and the CLI all read it here.
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*$/m;
const ATTEST_OFF = /^attest[ \t]*:[ \t]*(?:false|off|no)[ \t]*(?:#.*)?$/im;

export function disabledByFrontMatter(text: string): boolean {
  const match = FRONT_MATTER.exec(text);
  return match !== null && match.index === 0 && ATTEST_OFF.test(match[1]!);
}
