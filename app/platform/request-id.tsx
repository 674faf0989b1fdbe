/**
 * The correlation id of the current server response (server/app.ts makes one per request
 * and logs errors with it), for error pages to show. Empty in the browser: the error
 * boundary reads the id the server rendered from the page instead.
 */
import { createContext, useContext } from "react";

const RequestIdContext = createContext<string>("");
export const RequestIdProvider = RequestIdContext.Provider;
export const useRequestId = () => useContext(RequestIdContext);
