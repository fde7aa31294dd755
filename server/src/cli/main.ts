import { SUPPORTED_EXTENSIONS } from "../core/corpus/formats/extensions";
import { translator } from "../shared/i18n";
import { errorReport } from "../shared/errorText";
import { UsageError, localeFromEnv, messageLocale, parseCheckArgs } from "./args";
import { runCheck, type CliIO } from "./check";
import { packageVersion } from "./packageRoot";

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on("data", (c: Buffer) => chunks.push(c));
    process.stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    process.stdin.on("error", reject);
  });
}

const processIO: CliIO = {
  stdout: (s) => process.stdout.write(s + "\n"),
  stderr: (s) => process.stderr.write(s + "\n"),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  readStdin,
};

/** Whether the options (before a `--` that ends them) ask for help. */
function asksForHelp(argv: string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
}

/** Entry point of the `attest` command. Resolves to the exit status. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  const locale = messageLocale(rest, localeFromEnv(io.env));
  const t = translator(locale);
  try {
    switch (command) {
      case "check":
        // `attest check --help`: the help, which is that of check, rather than an unknown option.
        if (asksForHelp(rest)) {
          io.stdout(t("cli.help", { extensions: SUPPORTED_EXTENSIONS.join(",") }));
          return 0;
        }
        return await runCheck(parseCheckArgs(rest, locale), io);
      case "index":
      case "db": {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { runIndex, runDb }: typeof import("./archiveCommands") = require("./archiveCommands");
        return await (command === "index" ? runIndex(rest, io, locale) : runDb(rest, io, locale));
      }
      case "lsp": {
        // Loaded on demand: the CLI's check path does not need the LSP libraries. A require, not
        // import(), which node16 output would keep as an ES module import of a CommonJS file.
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
        const { runLanguageServer }: typeof import("../lsp/server") = require("../lsp/server");
        runLanguageServer();
        return new Promise<number>(() => undefined); // the server owns the process until the client exits it
      }
      case "--version":
      case "-v":
        io.stdout(packageVersion());
        return 0;
      case undefined:
      case "--help":
      case "-h":
      case "help":
        io.stdout(t("cli.help", { extensions: SUPPORTED_EXTENSIONS.join(",") }));
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(t("cli.unknownCommand", { command }));
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(t("cli.error", { message: e.message }));
      return 2;
    }
    io.stderr(t("cli.internalError", { detail: errorReport(e, locale) }));
    return 2;
  }
}
