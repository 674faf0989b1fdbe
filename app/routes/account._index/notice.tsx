/**
 * A one-line answer on the /account page: an error (role="alert") or a success notice
 * (role="status"), each an i18n key of the "accounts" namespace. Renders nothing without one.
 */
import { useTranslation } from "react-i18next";

/** The error when there is one, else the notice, else nothing. */
export function Notice({ text, error }: { text?: string | null; error?: string | null }) {
  const { t } = useTranslation("accounts");
  if (error) {
    return (
      <p className="flash flash-error" role="alert">
        {t(error)}
      </p>
    );
  }
  if (!text) return null;
  return (
    <p className="flash flash-success" role="status">
      {t(text)}
    </p>
  );
}
