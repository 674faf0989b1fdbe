/**
 * The field and error kit for Conform forms (house style: Epic Stack's forms.tsx). Every
 * control has a label; errors are announced and tied to their control with
 * `aria-invalid`/`aria-describedby` (Conform's `getInputProps` sets both). Error strings
 * are i18n keys such as "accounts:validation.required"; plain text passes through.
 */
import { useFormAction, useNavigation } from "@remix-run/react";
import { useId, type InputHTMLAttributes, type LabelHTMLAttributes, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export type ListOfErrors = Array<string | null | undefined> | null | undefined;

/** The form's or a field's errors, translated; nothing when there are none. */
export function ErrorList({
  id,
  errors,
  className = "field-error",
}: {
  id?: string;
  errors?: ListOfErrors;
  className?: string;
}) {
  const { t } = useTranslation();
  const list = (errors ?? []).filter((e): e is string => Boolean(e));
  if (!list.length) return null;
  return (
    // The live region wraps the list: role="alert" on the <ul> itself would hide its
    // list semantics from assistive technology (axe "listitem").
    <div id={id} className={`error-list ${className}`} role="alert">
      <ul>
        {[...new Set(list)].map((e) => (
          <li key={e}>{t(e, { defaultValue: e })}</li>
        ))}
      </ul>
    </div>
  );
}

/** A label, an input, an optional hint and the field's errors. */
export function Field({
  labelProps,
  inputProps,
  errors,
  hint,
  className = "field",
}: {
  labelProps: LabelHTMLAttributes<HTMLLabelElement> & { children: ReactNode };
  inputProps: InputHTMLAttributes<HTMLInputElement>;
  errors?: ListOfErrors;
  hint?: ReactNode;
  className?: string;
}) {
  const fallbackId = useId();
  const id = inputProps.id ?? fallbackId;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy =
    [...new Set([...(inputProps["aria-describedby"] ?? "").split(" "), hintId, errorId].filter(Boolean))].join(" ") ||
    undefined;
  return (
    <div className={className}>
      <label htmlFor={id} {...labelProps} />
      <input id={id} aria-invalid={errorId ? true : undefined} {...inputProps} aria-describedby={describedBy} />
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

/**
 * True while this page's form (optionally with this `intent`) is being submitted.
 * Pattern from the Epic Stack's `useIsPending`.
 */
export function useIsPending({ formAction, intent }: { formAction?: string; intent?: string } = {}): boolean {
  const contextual = useFormAction();
  const navigation = useNavigation();
  if (navigation.state !== "submitting") return false;
  if ((navigation.formAction ?? "").split("?")[0] !== (formAction ?? contextual).split("?")[0]) return false;
  return intent === undefined || navigation.formData?.get("intent") === intent;
}

/**
 * A submit button that is disabled and shows `pendingLabel` while its form is submitting.
 * Pass `intent` when one page has several forms.
 */
export function SubmitButton({
  children,
  pendingLabel,
  intent,
  className = "button",
  formAction,
}: {
  children: ReactNode;
  pendingLabel: ReactNode;
  intent?: string;
  className?: string;
  formAction?: string;
}) {
  const pending = useIsPending({ intent, formAction });
  return (
    <button
      type="submit"
      className={className}
      name={intent ? "intent" : undefined}
      value={intent}
      disabled={pending}
      aria-disabled={pending || undefined}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
