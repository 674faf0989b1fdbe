/**
 * The field and error kit for Conform forms (house style: Epic Stack's forms.tsx). Every
 * control has a label; errors are announced and tied to their control with
 * `aria-invalid`/`aria-describedby` (Conform's `getInputProps` sets both). Error strings
 * are i18n keys such as "accounts:validation.required"; plain text passes through.
 */
import { useFormAction, useNavigation } from "@remix-run/react";
import {
  useId,
  useState,
  type ButtonHTMLAttributes,
  type InputHTMLAttributes,
  type LabelHTMLAttributes,
  type ReactNode,
} from "react";
import { useTranslation } from "react-i18next";
import { MAX_PDF_BYTES } from "~/platform/pdf";
import { textLimitValues } from "~/platform/text-limits";

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
  const { t, i18n } = useTranslation();
  const list = (errors ?? []).filter((e): e is string => Boolean(e));
  if (!list.length) return null;
  return (
    // The live region wraps the list: role="alert" on the <ul> itself would hide its
    // list semantics from assistive technology (axe "listitem").
    <div id={id} className={`error-list ${className}`} role="alert">
      <ul>
        {[...new Set(list)].map((e) => (
          <li key={e}>{t(e, { defaultValue: e, ...textLimitValues(i18n.language) })}</li>
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
 * A PDF file field that tells the person before sending when the chosen file is larger
 * than MAX_PDF_BYTES or not a PDF (by type or name; the server still judges the bytes):
 * the choice is cleared and `tooLargeError`/`notPdfError` (i18n keys) shown as the field's
 * error. Without JavaScript the server answers with the same errors.
 */
export function PdfField({
  tooLargeError,
  notPdfError,
  errors,
  inputProps,
  scans = false,
  ...rest
}: Parameters<typeof Field>[0] & {
  tooLargeError: string;
  notPdfError: string;
  /** Also accept JPEG and PNG scans (the document wallet). */
  scans?: boolean;
}) {
  const [clientError, setClientError] = useState<string | null>(null);
  return (
    <Field
      {...rest}
      errors={clientError ? [clientError] : errors}
      inputProps={{
        ...inputProps,
        onChange: (event) => {
          const file = event.currentTarget.files?.[0];
          const problem = !file
            ? null
            : file.size > MAX_PDF_BYTES
              ? tooLargeError
              : file.type === "application/pdf" ||
                  /\.pdf$/i.test(file.name) ||
                  (scans && (/^image\/(jpeg|png)$/.test(file.type) || /\.(jpe?g|png)$/i.test(file.name)))
                ? null
                : notPdfError;
          if (problem) event.currentTarget.value = "";
          setClientError(problem);
          inputProps.onChange?.(event);
        },
      }}
    />
  );
}

/** What a submission in flight looks like: a navigation's or a fetcher's. */
export interface SubmissionLike {
  state: "idle" | "submitting" | "loading";
  formMethod?: string;
  formAction?: string;
  formData?: FormData;
}

export interface PendingMatch {
  /** The form's action; defaults to the route's own (`useFormAction()`). Query strings are ignored. */
  formAction?: string;
  /** "POST" (default) or "GET" for search and filter forms. */
  formMethod?: "GET" | "POST";
  /** The `intent` the form posts, or several (e.g. the hidden Enter button's and the visible one's). */
  intent?: string | readonly string[];
  /** Further fields that must match, to tell apart one row's form from the next (e.g. `{ userId }`). */
  fields?: Record<string, string>;
}

/**
 * Whether `submission` is this form's, from the moment it is sent until the page it leads to
 * has loaded (the action, then the redirect's or the revalidation's loaders), so a second
 * click cannot send it twice. Pure; `useIsPending` and `SubmitButton` call it.
 */
export function isPendingSubmission(
  submission: SubmissionLike,
  { formAction, formMethod = "POST", intent, fields }: PendingMatch & { formAction: string },
): boolean {
  if (submission.state === "idle" || !submission.formMethod) return false;
  if (submission.formMethod.toUpperCase() !== formMethod) return false;
  const path = (url: string) => url.split("?")[0].replace(/\/$/, "");
  if (path(submission.formAction ?? "") !== path(formAction)) return false;
  const data = submission.formData;
  if (intent !== undefined) {
    const posted = data?.get("intent");
    const wanted: readonly string[] = typeof intent === "string" ? [intent] : intent;
    if (typeof posted !== "string" || !wanted.includes(posted)) return false;
  }
  for (const [name, value] of Object.entries(fields ?? {})) {
    if (data?.get(name) !== value) return false;
  }
  return true;
}

/**
 * True while this page's form (optionally with this `intent` and these `fields`) is being
 * submitted and its result loaded. Pattern from the Epic Stack's `useIsPending`; pass a
 * fetcher to follow a `<fetcher.Form>` instead of the page's navigation.
 */
export function useIsPending(match: PendingMatch & { fetcher?: SubmissionLike } = {}): boolean {
  const contextual = useFormAction();
  const navigation = useNavigation();
  const { fetcher, ...rest } = match;
  return isPendingSubmission(fetcher ?? navigation, { ...rest, formAction: rest.formAction ?? contextual });
}

/**
 * A submit button that is disabled and shows `pendingLabel` while its form's submission runs
 * (see `useIsPending`). `intent` is also the value the button posts as `intent`; pass
 * `pendingIntents` when another button of the same form (Enter's hidden default) sends the
 * same thing under another name. While pending, an `aria-label` gives way to the pending label.
 */
export function SubmitButton({
  children,
  pendingLabel,
  intent,
  pendingIntents,
  fields,
  className = "button",
  formAction,
  formMethod,
  fetcher,
  ...rest
}: {
  children: ReactNode;
  pendingLabel: ReactNode;
  intent?: string;
  pendingIntents?: readonly string[];
  fields?: Record<string, string>;
  className?: string;
  formAction?: string;
  formMethod?: "GET" | "POST";
  fetcher?: SubmissionLike;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "name" | "value" | "disabled" | "children" | "className">) {
  const pending = useIsPending({
    intent: pendingIntents ?? intent,
    fields,
    formAction,
    formMethod,
    fetcher,
  });
  return (
    <button
      {...rest}
      aria-label={pending ? undefined : rest["aria-label"]}
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
