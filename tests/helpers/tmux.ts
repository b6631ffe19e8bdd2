import { execFileSync, spawnSync } from 'node:child_process';

/** True when tmux is installed (Debian's `tmux`; `.ci/run` installs it). */
export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V']).status === 0;
}

/**
 * A terminal program running in a detached tmux session, driven as a person would: keys are typed
 * with `send-keys`, and the screen is read with `capture-pane`.
 */
export class TmuxSession {
  private constructor(readonly name: string) {}

  /** Starts `command` (a shell command line) in a new 120×50 session. */
  static start(command: string): TmuxSession {
    const name = `test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    execFileSync('tmux', ['new-session', '-d', '-s', name, '-x', '120', '-y', '50', command]);
    return new TmuxSession(name);
  }

  /** Types keys: literal text, or tmux key names such as `Enter`, `Down`, `C-c`. */
  send(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }

  /** Types text literally (no key-name lookup), for answers that could look like key names. */
  type(text: string): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, '-l', text]);
  }

  /** The screen and its scrollback as text. */
  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-J', '-S', '-3000', '-t', this.name], { encoding: 'utf8' });
  }

  /** Waits until the screen shows `text` for the `count`-th time; fails with the screen after `timeoutMs`. */
  async waitFor(text: string | RegExp, options: { count?: number; timeoutMs?: number } = {}): Promise<string> {
    const { count = 1, timeoutMs = 30_000 } = options;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      const seen =
        typeof text === 'string'
          ? screen.split(text).length - 1
          : (screen.match(new RegExp(text.source, `${text.flags.replace('g', '')}g`)) ?? []).length;
      if (seen >= count) return screen;
      if (Date.now() > deadline)
        throw new Error(
          `the terminal never showed ${String(text)} (×${count}); its last lines:\n${screen.trimEnd().split('\n').slice(-25).join('\n')}`,
        );
      await new Promise((wake) => setTimeout(wake, 100));
    }
  }

  /**
   * Waits until the screen has stopped changing for `quietMs`: a prompt library may drop keys typed
   * while it is still drawing a prompt, where a person would have waited to read it.
   */
  async settle(quietMs = 300, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = this.screen();
    for (;;) {
      await new Promise((wake) => setTimeout(wake, quietMs));
      const now = this.screen();
      if (now === last || Date.now() > deadline) return;
      last = now;
    }
  }

  /** Ends the session. */
  kill(): void {
    spawnSync('tmux', ['kill-session', '-t', this.name]);
  }
}
