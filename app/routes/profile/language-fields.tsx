/**
 * The /profile form's languages fieldset: one row per language (language and CEFR level),
 * each with a "remove" button, and "add a language"; the buttons are Conform list intents,
 * so they work without JavaScript too.
 */
import { useTranslation } from "react-i18next";
import { ErrorList } from "~/components/forms";
import { CEFR_LEVELS } from "~/catalogue/vocabulary";
import type { ProfileFields, ProfileFormMetadata } from "~/matching/profile-form";
import { namedOptions, type LanguagePickerOrder } from "~/platform/reference-lists";
import { Select } from "./select-field";

/** The languages fieldset; `languages` are the language codes in order (common ones first), named here. */
export function LanguageFields({
  form,
  fields,
  languages,
}: {
  form: ProfileFormMetadata;
  fields: ProfileFields;
  languages: LanguagePickerOrder;
}) {
  const { t, i18n } = useTranslation("profile");
  const common = namedOptions("language", languages.common, i18n.language);
  const all = namedOptions("language", languages.all, i18n.language);
  const levelOptions = CEFR_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }));
  return (
    <fieldset id="languages">
      <legend>{t("languages.legend")}</legend>
      <p className="hint">{t("languages.hint")}</p>
      <ErrorList id={fields.languages.errorId} errors={fields.languages.errors} />
      {fields.languages.getFieldList().map((row, index) => {
        const f = row.getFieldset();
        return (
          <div key={row.key} className="row-fields">
            <Select
              meta={f.code}
              label={t("languages.language", { n: index + 1 })}
              groups={[
                { label: t("languages.common"), options: common },
                { label: t("languages.all"), options: all },
              ]}
              named
              options={[]}
              placeholder={t("fields.choose")}
            />
            <Select
              meta={f.level}
              label={t("languages.level", { n: index + 1 })}
              options={levelOptions}
              placeholder={t("fields.choose")}
            />
            <div className="row-actions">
              <button
                className="button button-secondary"
                {...form.remove.getButtonProps({ name: fields.languages.name, index })}
              >
                {t("languages.remove")} <span className="visually-hidden">{t("languages.rowN", { n: index + 1 })}</span>
              </button>
            </div>
          </div>
        );
      })}
      <button className="button button-secondary" {...form.insert.getButtonProps({ name: fields.languages.name })}>
        {t("languages.add")}
      </button>
    </fieldset>
  );
}
