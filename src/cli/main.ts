import { parseArgs, usage, type Options } from "./args";
import { runCommand, type CliIo } from "./commands";
import { EXIT, reportFailure } from "./errors";
import { packageVersion } from "./package-files";

/**
 * The headless runner of CONTRACT §2. `run` never throws and never calls process.exit, so tests
 * drive it in-process; every failure ends as exit code 2 and one stderr line "dinh-bien: …".
 * args.ts reads the command line, commands.ts runs it, text.ts and json.ts shape the output,
 * errors.ts turns failures into exit statuses.
 */

export type { CliIo } from "./commands";
export { checkJson, payoutsJson, payoutsJsonOf } from "./json";
export { samplePath } from "./package-files";

/** Run one command line; resolves to the exit code. Never throws. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let o: Options | null = null;
  try {
    o = parseArgs(argv);
    if (o.help) {
      io.stdout(usage(o.lang));
      return EXIT.ok;
    }
    if (o.version) {
      io.stdout(`dinh-bien ${packageVersion()}\n`);
      return EXIT.ok;
    }
    return await runCommand(o, io);
  } catch (e) {
    return reportFailure(e, { lang: o?.lang ?? "vi", file: o?.positional[0] }, io.stderr);
  }
}

/** Entry point for bin/dinh-bien.js. */
export function runFromProcess(): void {
  // A reader that stops early (`| head`) closes the pipe: end quietly, as other tools do.
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });
  const io: CliIo = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(
        `dinh-bien: lỗi nội bộ: ${e instanceof Error ? e.message : String(e)}\n`
      );
      process.exitCode = EXIT.unusable;
    }
  );
}
