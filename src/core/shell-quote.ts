// Shell text from argument vectors: every argument quoted on its own, never
// spliced. Used by the apply commands and by input errors that show a command,
// with the AWS CLI commands both show (roleArnCommand).

/**
 * `--name value`, or `--name=value` when the value starts with '-': the AWS
 * CLI would read `--role-name -etl` as an option with no value, and IAM names
 * may start with a hyphen.
 */
export function cliOption(name: string, value: string): string[] {
  return value.startsWith('-') ? [`${name}=${value}`] : [name, value]
}

/** Prints the role's ARN as IAM has it: path included, which the documents' ARN must match. */
export function roleArnCommand(roleName: string): string[] {
  return ['aws', 'iam', 'get-role', ...cliOption('--role-name', roleName), '--query', 'Role.Arn', '--output', 'text']
}

/**
 * POSIX shell quoting of one argument: only quote what needs it. A leading
 * '=' is quoted too: the commands are pasted into terminals, and zsh (macOS's
 * default shell) expands `=name` to the path of a command (EQUALS option).
 */
export function shellQuote(arg: string): string {
  if (/^[\w@%+=:,./-]+$/.test(arg) && !arg.startsWith('=')) return arg
  return `'${arg.replaceAll("'", `'\\''`)}'`
}

export function shellCommand(argv: string[]): string {
  return argv.map(shellQuote).join(' ')
}

