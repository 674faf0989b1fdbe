/**
 * The root route's data, as any component or route reads it (app/root.tsx's loader returns
 * exactly this shape). A plain module, so that components never import the root route.
 */
import { useRouteLoaderData } from "@remix-run/react";
import type { RootUser } from "~/accounts";

export interface RootData {
  /** The UI language ("en" or "it"). */
  language: string;
  /** The signed-in user's layout fields, or null. */
  user: RootUser;
  /** Path and query of the page, for the language switcher's redirect. */
  path: string;
  /** Demo mode (decision 0017): every page shows the demonstration banner. */
  demo: boolean;
  /** Whether mail really leaves (RESEND_API_KEY set): the demo banner must not say it is only kept. */
  mailSent: boolean;
}

/** Root data from any component (null while the root loader failed, e.g. in a boundary). */
export function useRootData(): RootData | null {
  return (useRouteLoaderData("root") as RootData | undefined) ?? null;
}
