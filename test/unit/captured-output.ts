import { vi } from 'vitest';

/**
 * Whatever the logger and the metrics write from now on, through the console or straight to the
 * process's streams: `text`, each write as it came; `json`, each JSON line among them, parsed.
 */
export function capturedOutput(): { text: string[]; json: Array<Record<string, unknown>> } {
  const text: string[] = [];
  const json: Array<Record<string, unknown>> = [];
  const keep = (...args: unknown[]) => {
    const written = args.map(String).join(' ');
    text.push(written);
    for (const line of written.split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        json.push(JSON.parse(line));
      } catch {
        // not a JSON line after all
      }
    }
    return true;
  };
  for (const method of ['log', 'info', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation(keep);
  vi.spyOn(process.stdout, 'write').mockImplementation(keep);
  vi.spyOn(process.stderr, 'write').mockImplementation(keep);
  return { text, json };
}
