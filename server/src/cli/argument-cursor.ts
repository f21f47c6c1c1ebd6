// Reading a command's arguments one by one, as every `unres` command does: an option's value may be
// written `--out FILE` or `--out=FILE`, and `--` ends the options (what follows is files only).

export class ArgumentCursor {
  private index = 0;

  constructor(private readonly args: readonly string[]) {}

  /** The next argument, or undefined past the last. */
  next(): string | undefined {
    return this.index < this.args.length ? this.args[this.index++] : undefined;
  }

  /** The value of option `name`, just read as `arg`: what follows its `=`, else the next argument. */
  valueOf(arg: string, name: string): string | undefined {
    return arg.startsWith(`${name}=`) ? arg.slice(name.length + 1) : this.next();
  }

  /** Every argument not read yet (those after `--`); the cursor is then at the end. */
  remaining(): string[] {
    const rest = this.args.slice(this.index);
    this.index = this.args.length;
    return rest;
  }
}

/** True when `arg` is option `name`, alone (`--out`) or with its value (`--out=FILE`). */
export const isOption = (arg: string, name: string): boolean => arg === name || arg.startsWith(`${name}=`);
