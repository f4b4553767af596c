/**
 * Runs a CLI entry (`main` of src/cli/main.ts or batch-main.ts) with its output captured: what it wrote to stdout and
 * stderr, and its exit code. Not a terminal, so no colours or progress bar.
 */
export interface Captured {
  code: number;
  out: string;
  err: string;
}

export async function captured(
  run: (io: { stdout(text: string): void; stderr(text: string): void; isTTY: false }) => Promise<number>,
): Promise<Captured> {
  let out = '';
  let err = '';
  const code = await run({ stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false });
  return { code, out, err };
}
