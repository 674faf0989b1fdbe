/**
 * Keeps one instance of a value per process, across module reloads and across the two
 * copies of a module that exist when server.ts (run by tsx) and the Remix server build
 * both import it. Pattern from the Epic Stack.
 */
export function singleton<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as { __ponteSingletons?: Map<string, unknown> };
  store.__ponteSingletons ??= new Map();
  if (!store.__ponteSingletons.has(name)) store.__ponteSingletons.set(name, create());
  return store.__ponteSingletons.get(name) as T;
}

/** Forgets a singleton (after closing it), so the next `singleton()` call creates a new one. */
export function forgetSingleton(name: string): void {
  const store = globalThis as unknown as { __ponteSingletons?: Map<string, unknown> };
  store.__ponteSingletons?.delete(name);
}
