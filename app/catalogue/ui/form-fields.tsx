/** Labelled select and textarea fields with hints and errors (the coordinators' forms). */
import { getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { ErrorList } from "~/components/forms";

type Option = { value: string; label: string };

/**
 * A labelled select with its errors. `named`: the labels come from `Intl.DisplayNames`
 * (reference-lists.ts `namedOptions`) and may read differently in the browser than on the
 * server, so React takes the browser's without a hydration error.
 */
export function SelectField({
  meta,
  label,
  options,
  placeholder,
  hint,
  named = false,
}: {
  meta: FieldMetadata<string | undefined>;
  label: ReactNode;
  options: Option[];
  placeholder?: string;
  hint?: ReactNode;
  named?: boolean;
}) {
  const errorId = meta.errors?.length ? meta.errorId : undefined;
  const hintId = hint ? `${meta.id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <select {...getSelectProps(meta)} aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
        <option value="">{placeholder ?? ""}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} suppressHydrationWarning={named}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <ErrorList id={errorId} errors={meta.errors} />
    </div>
  );
}

/** A labelled textarea with a hint and its errors. */
export function TextareaField({
  meta,
  label,
  hint,
  maxLength,
  rows,
}: {
  meta: FieldMetadata<string | undefined>;
  label: ReactNode;
  hint?: ReactNode;
  maxLength: number;
  rows?: number;
}) {
  const errorId = meta.errors?.length ? meta.errorId : undefined;
  const hintId = hint ? `${meta.id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <textarea
        {...getTextareaProps(meta)}
        maxLength={maxLength}
        rows={rows}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      />
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <ErrorList id={errorId} errors={meta.errors} />
    </div>
  );
}
