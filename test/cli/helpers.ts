import * as path from "path";
import { run } from "../../src/cli/main";

export const ROOT = path.join(__dirname, "..", "..");
export const SAMPLE = path.join(ROOT, "assets", "samples", "giang-thanh.xlsx");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured output. */
export async function cli(argv: string[], cwd: string = ROOT): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd,
  });
  return { code, stdout, stderr };
}

/** Exit 2 with exactly one stderr line "dinh-bien: …" and nothing on stdout (CONTRACT §2). */
export function expectUnusable(r: RunResult): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.endsWith("\n")).toBe(true);
  const lines = r.stderr.slice(0, -1).split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0].startsWith("dinh-bien: ")).toBe(true);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
}
