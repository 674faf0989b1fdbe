/**
 * The "I have read the privacy notice" box of every form that creates an account (sign-up,
 * accepting an invitation as a new person): the notice opens in a new tab, the error below.
 */
import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { Link } from "@remix-run/react";
import { Trans } from "react-i18next";
import { ErrorList } from "~/components/forms";

export function PrivacyConsentField({ field }: { field: FieldMetadata<string> }) {
  return (
    <div className="field">
      <div className="checkbox-label">
        <input {...getInputProps(field, { type: "checkbox" })} />
        <label htmlFor={field.id}>
          <Trans
            ns="legal"
            i18nKey="consent.label"
            components={[<Link key="privacy" to="/privacy" target="_blank" rel="noopener" />]}
          />
        </label>
      </div>
      <ErrorList id={field.errorId} errors={field.errors} />
    </div>
  );
}
