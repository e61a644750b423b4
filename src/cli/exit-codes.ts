/** Exit codes, documented in --help and the README. */
export const EXIT = {
  /** Every input gave a record. */
  ok: 0,
  /** Some inputs failed; their error records were still written. */
  someFailed: 1,
  /** Bad usage: unknown option, missing argument, unreadable input list. */
  usage: 2,
  /** Interrupted by SIGINT / SIGTERM (128 + signal number). */
  sigint: 130,
  sigterm: 143,
} as const;

export const EXIT_CODES_HELP = `
Exit codes:
  0    every input produced an article record
  1    some inputs failed (their error records were still written)
  2    usage error (bad option, missing file, empty input list)
  130  interrupted by SIGINT (143 for SIGTERM); whole lines only`;
