/**
 * The /profile form's availability: the kinds of stay wanted (checkboxes) and the windows
 * when the applicant can come (start and end dates per row, each removable, and "add a
 * window"; Conform list intents, so they work without JavaScript too).
 */
import { getCollectionProps, getInputProps } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { ErrorList, Field } from "~/components/forms";
import { STAY_TYPES } from "~/catalogue/vocabulary";
import type { ProfileFields, ProfileFormMetadata } from "~/matching/profile-form";

/** The kinds of stay wanted, as checkboxes. */
export function StayTypeFields({ fields }: { fields: ProfileFields }) {
  const { t } = useTranslation("profile");
  return (
    <fieldset>
      <legend>{t("stayTypes.legend")}</legend>
      <p className="hint" id="stay-types-hint">
        {t("stayTypes.hint")}
      </p>
      <div className="checkbox-row">
        {getCollectionProps(fields.stayTypes, { type: "checkbox", options: [...STAY_TYPES] }).map(
          ({ key, ...props }) => (
            <label key={key} htmlFor={props.id}>
              <input {...props} />
              {t(`common:opportunityType.${props.value}`)}
            </label>
          ),
        )}
      </div>
      <ErrorList id={fields.stayTypes.errorId} errors={fields.stayTypes.errors} />
    </fieldset>
  );
}

/** The availability windows, one row of dates each. */
export function WindowFields({ form, fields }: { form: ProfileFormMetadata; fields: ProfileFields }) {
  const { t } = useTranslation("profile");
  return (
    <fieldset id="availability">
      <legend>{t("windows.legend")}</legend>
      <p className="hint">{t("windows.hint")}</p>
      <ErrorList id={fields.windows.errorId} errors={fields.windows.errors} />
      {fields.windows.getFieldList().map((row, index) => {
        const f = row.getFieldset();
        return (
          <div key={row.key} className="row-fields">
            <Field
              labelProps={{ children: t("windows.start", { n: index + 1 }) }}
              inputProps={getInputProps(f.start, { type: "date" })}
              errors={[...(row.errors ?? []), ...(f.start.errors ?? [])]}
            />
            <Field
              labelProps={{ children: t("windows.end", { n: index + 1 }) }}
              inputProps={getInputProps(f.end, { type: "date" })}
              errors={f.end.errors}
            />
            <div className="row-actions">
              <button
                className="button button-secondary"
                {...form.remove.getButtonProps({ name: fields.windows.name, index })}
              >
                {t("windows.remove")} <span className="visually-hidden">{t("windows.rowN", { n: index + 1 })}</span>
              </button>
            </div>
          </div>
        );
      })}
      <button className="button button-secondary" {...form.insert.getButtonProps({ name: fields.windows.name })}>
        {t("windows.add")}
      </button>
    </fieldset>
  );
}
