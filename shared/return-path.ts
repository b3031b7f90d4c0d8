/**
 * Where a sign-in may send a person back to: a page of the portal itself, given as a path. Anything
 * that a browser could read as another site (`//evil.example`, `https://…`, `/\evil`, which some
 * browsers treat as `//`), carries spaces or control characters, or points into the API, is refused.
 */
export function isReturnPath(path: string): boolean {
  return path.length <= 500 && /^\/(?![/\\])[^\s\\\u0000-\u001f\u007f]*$/.test(path) && !/^\/api(?:[/?#]|$)/.test(path);
}

/** The path to return to, or the home page when none was given or it is not the portal's own. */
export function returnPathOr(path: string | null | undefined, fallback = '/'): string {
  return path && isReturnPath(path) ? path : fallback;
}
