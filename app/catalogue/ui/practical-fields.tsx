/**
 * The practical facts' part of the coordinators' opportunity form (decision 0026): fee,
 * what a visitor may do, required documents with their details, visa letter, housing and
 * travel, hours, dress code and the named contact. Facts marked "required to publish" must
 * be stated before a real opportunity is published or an example adopted.
 */
import { getCollectionProps, getInputProps, type FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { ErrorList, Field } from "~/components/forms";
import { FEE_KINDS, REQUIRED_DOCUMENTS, VISITOR_SCOPES } from "~/catalogue/practical-facts";
import { SelectField, TextareaField } from "./form-fields";

/** The form value's practical fields (strings and lists, as Conform posts them). */
export type PracticalFormValue = {
  feeKind?: string;
  feeAmount?: string;
  feeCurrency?: string;
  feeCoversEn?: string;
  feeCoversIt?: string;
  visitorScope?: string;
  documents: string[];
  recommendationLetters?: string;
  vaccines?: string;
  otherDocument?: string;
  visaLetter?: string;
  housingTravelEn?: string;
  housingTravelIt?: string;
  workingHoursEn?: string;
  workingHoursIt?: string;
  dressCodeEn?: string;
  dressCodeIt?: string;
  contactName?: string;
  contactRole?: string;
  contactEmail?: string;
};

type Fields = { [K in keyof PracticalFormValue]-?: FieldMetadata<PracticalFormValue[K]> };

/** The fieldset; `fields` is the opportunity form's fieldset. */
export function PracticalFields({ fields }: { fields: Fields }) {
  const { t } = useTranslation("coordinator");
  const req = (label: string) => `${label} ${t("practical.requiredMark")}`;
  const text = (meta: FieldMetadata<string | undefined>, label: string, lang?: string, max = 300) => (
    <Field
      labelProps={{ children: label }}
      inputProps={{ ...getInputProps(meta, { type: "text" }), maxLength: max, lang }}
      errors={meta.errors}
    />
  );
  return (
    <fieldset className="practical-fields">
      <legend>{t("practical.title")}</legend>
      <p className="hint">{t("practical.hint")}</p>

      <SelectField
        meta={fields.feeKind}
        label={req(t("practical.feeKind"))}
        options={FEE_KINDS.map((v) => ({ value: v, label: t(`common:practical.fee.${v}`) }))}
        placeholder={t("practical.notStated")}
      />
      <div className="two-languages">
        {text(fields.feeAmount, t("practical.feeAmount"), undefined, 20)}
        <Field
          labelProps={{ children: t("practical.feeCurrency") }}
          inputProps={{
            ...getInputProps(fields.feeCurrency, { type: "text" }),
            maxLength: 3,
            autoCapitalize: "characters",
          }}
          errors={fields.feeCurrency.errors}
          hint={t("practical.feeCurrencyHint")}
        />
      </div>
      <div className="two-languages">
        {text(fields.feeCoversEn, t("practical.feeCoversEn"), "en", 500)}
        {text(fields.feeCoversIt, t("practical.feeCoversIt"), "it", 500)}
      </div>

      <SelectField
        meta={fields.visitorScope}
        label={req(t("practical.visitorScope"))}
        options={VISITOR_SCOPES.map((v) => ({ value: v, label: t(`common:practical.scope.${v}`) }))}
        placeholder={t("practical.notStated")}
      />

      <fieldset className="plain-fieldset">
        <legend>{req(t("practical.documents"))}</legend>
        <div className="checkbox-row">
          {getCollectionProps(fields.documents, { type: "checkbox", options: [...REQUIRED_DOCUMENTS] }).map(
            ({ key, ...props }) => (
              <label key={key} htmlFor={props.id}>
                <input {...props} />
                {t(`common:practical.document.${props.value}`)}
              </label>
            ),
          )}
        </div>
        <ErrorList id={fields.documents.errorId} errors={fields.documents.errors} />
        <Field
          labelProps={{ children: t("practical.recommendationLetters") }}
          inputProps={{ ...getInputProps(fields.recommendationLetters, { type: "number" }), min: 1, max: 5 }}
          errors={fields.recommendationLetters.errors}
        />
        {text(fields.vaccines, t("practical.vaccines"))}
        {text(fields.otherDocument, t("practical.otherDocument"), undefined, 150)}
      </fieldset>

      <SelectField
        meta={fields.visaLetter}
        label={req(t("practical.visaLetter"))}
        options={[
          { value: "yes", label: t("practical.yes") },
          { value: "no", label: t("practical.no") },
        ]}
        placeholder={t("practical.notStated")}
      />
      <div className="two-languages">
        <TextareaField meta={fields.housingTravelEn} label={t("practical.housingTravelEn")} maxLength={1000} rows={3} />
        <TextareaField meta={fields.housingTravelIt} label={t("practical.housingTravelIt")} maxLength={1000} rows={3} />
      </div>
      <div className="two-languages">
        {text(fields.workingHoursEn, t("practical.workingHoursEn"), "en")}
        {text(fields.workingHoursIt, t("practical.workingHoursIt"), "it")}
      </div>
      <div className="two-languages">
        {text(fields.dressCodeEn, t("practical.dressCodeEn"), "en")}
        {text(fields.dressCodeIt, t("practical.dressCodeIt"), "it")}
      </div>
      <fieldset className="plain-fieldset">
        <legend>{t("practical.contact")}</legend>
        <p className="hint">{t("practical.contactHint")}</p>
        {text(fields.contactName, req(t("practical.contactName")), undefined, 150)}
        {text(fields.contactRole, t("practical.contactRole"), undefined, 150)}
        <Field
          labelProps={{ children: req(t("practical.contactEmail")) }}
          inputProps={{ ...getInputProps(fields.contactEmail, { type: "email" }), maxLength: 254 }}
          errors={fields.contactEmail.errors}
        />
      </fieldset>
    </fieldset>
  );
}
