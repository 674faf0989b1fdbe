/**
 * A labelled <select> for one of the /profile form's fields, wired to Conform: an empty first
 * option (the placeholder), an optional hint, and the field's errors, both linked to the
 * control with aria-describedby. Options `named` by the runtime's CLDR (countries, languages)
 * may read differently in the browser than on the server: React then puts the browser's name
 * in place without a hydration error (the values match, as the order comes from the server).
 */
import { getSelectProps, type FieldMetadata } from "@conform-to/react";
import { ErrorList } from "~/components/forms";

/** The select with its label, hint and errors. */
export function Select({
  meta,
  label,
  options,
  groups,
  placeholder,
  hint,
  named = false,
}: {
  meta: FieldMetadata<string | undefined>;
  label: string;
  options: { value: string; label: string }[];
  /** Shown before `options`, each as an <optgroup> (e.g. the common languages). */
  groups?: { label: string; options: { value: string; label: string }[] }[];
  placeholder?: string;
  hint?: string;
  /** The labels come from `Intl.DisplayNames` (reference-lists.ts namedOptions). */
  named?: boolean;
}) {
  const errorId = meta.errors?.length ? meta.errorId : undefined;
  const hintId = hint ? `${meta.id}-hint` : undefined;
  const props = getSelectProps(meta);
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <select {...props} aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
        <option value="">{placeholder ?? ""}</option>
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value} suppressHydrationWarning={named}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
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
