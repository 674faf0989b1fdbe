/**
 * A labelled <select> for one of the /profile form's fields, wired to Conform: an empty first
 * option (the placeholder), an optional hint, and the field's errors, both linked to the
 * control with aria-describedby.
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
}: {
  meta: FieldMetadata<string | undefined>;
  label: string;
  options: { value: string; label: string }[];
  /** Shown before `options`, each as an <optgroup> (e.g. the common languages). */
  groups?: { label: string; options: { value: string; label: string }[] }[];
  placeholder?: string;
  hint?: string;
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
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
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
