/**
 * The coordinators' opportunity form (new and edit pages): type, titles and descriptions
 * in English and Italian, topics, eligibility, languages with level, seats and stay,
 * deadline, date windows, cohorts with their own seats, up to five questions.
 *
 * Works without JavaScript: adding and removing rows are Conform list intents (submit
 * buttons the server answers), topics are found with a search button that lists matches as
 * checkboxes. With JavaScript the same happens in place and topics come from the combobox.
 */
import { getCollectionProps, getFormProps, getInputProps, type FormMetadata } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { namedOptions } from "~/platform/reference-lists";
import { TopicCombobox, useHydrated } from "~/catalogue/ui/topic-combobox";
import {
  CAREER_STAGES,
  CEFR_LEVELS,
  COHORT_NAME_MAX,
  COHORTS_MAX,
  DESCRIPTION_MAX,
  LANGUAGES_MAX,
  OPPORTUNITY_TYPES,
  PROFESSIONS,
  QUESTION_MAX,
  QUESTIONS_MAX,
  SEATS_MAX,
  STAY_MAX_DAYS,
  TITLE_MAX,
  TOPICS_MAX,
  WINDOWS_MAX,
} from "~/catalogue/opportunity-validation";
import type { TopicHit } from "~/catalogue/topic-search";
import { SelectField, TextareaField } from "./form-fields";
import { PracticalFields, type PracticalFormValue } from "./practical-fields";

/** The form's fields as Conform sees them (strings and lists of rows). */
export type OpportunityFormValue = {
  version?: string;
  type?: string;
  titleEn?: string;
  titleIt?: string;
  descriptionEn?: string;
  descriptionIt?: string;
  topics: string[];
  professions: string[];
  careerStages: string[];
  languages: { code?: string; level?: string }[];
  seats?: string;
  minDays?: string;
  maxDays?: string;
  deadline?: string;
  windows: { start?: string; end?: string }[];
  cohorts: { id?: string; name?: string; start?: string; end?: string; seats?: string }[];
  questions: { id?: string; textEn?: string; textIt?: string }[];
} & PracticalFormValue;

export type TopicLabel = { label: string; parent: string | null };

export { SelectField, TextareaField };

export function OpportunityForm({
  form,
  languageOrder,
  topicLabels,
  topicSearch,
  cohortRequests = {},
  questionAnswers = {},
  submitLabel,
  pendingLabel,
  extraActions,
}: {
  form: FormMetadata<OpportunityFormValue>;
  /** Every language's code, in order of its name in the UI language (`languageOrder`); named here. */
  languageOrder: string;
  topicLabels: Record<string, TopicLabel>;
  /** The no-JavaScript topic search's last answer. */
  topicSearch?: { topicQuery: string; topicHits: TopicHit[] } | null;
  /** Saved cohorts' request counts, by id (removing one with requests is refused). */
  cohortRequests?: Record<string, number>;
  /** Saved questions' answer counts, by id. */
  questionAnswers?: Record<string, number>;
  submitLabel: string;
  pendingLabel: string;
  /** More controls after the save button (the edit page's "adopt" for an example). */
  extraActions?: ReactNode;
}) {
  const { t, i18n } = useTranslation("coordinator");
  const languageOptions = namedOptions("language", languageOrder, i18n.language);
  const hydrated = useHydrated();
  const [picked, setPicked] = useState<Record<string, TopicLabel>>({});
  const fields = form.getFieldset();
  const topicRows = fields.topics.getFieldList();
  const languageRows = fields.languages.getFieldList();
  const windowRows = fields.windows.getFieldList();
  const cohortRows = fields.cohorts.getFieldList();
  const questionRows = fields.questions.getFieldList();
  const chosen = new Set(
    topicRows.map((row) => row.value).filter((v): v is string => typeof v === "string" && v !== ""),
  );
  const labelOf = (id: string | undefined): TopicLabel =>
    id ? (topicLabels[id] ?? picked[id] ?? { label: id, parent: null }) : { label: "", parent: null };
  const typeOptions = OPPORTUNITY_TYPES.map((v) => ({ value: v, label: t(`common:opportunityType.${v}`) }));
  const levelOptions = CEFR_LEVELS.map((l) => ({ value: l, label: t(`profile:levels.${l}`, { defaultValue: l }) }));

  return (
    <Form method="post" {...getFormProps(form)} className="profile-form opportunity-form">
      {/* The first submit button is what Enter in a text field presses. */}
      <button type="submit" name="intent" value="default" hidden tabIndex={-1} aria-hidden="true" />
      <input {...getInputProps(fields.version, { type: "hidden" })} />
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />

      <fieldset>
        <legend>{t("form.about")}</legend>
        <SelectField meta={fields.type} label={t("form.type")} options={typeOptions} placeholder={t("form.choose")} />
        <div className="two-languages">
          <Field
            labelProps={{ children: t("form.titleEn") }}
            inputProps={{ ...getInputProps(fields.titleEn, { type: "text" }), maxLength: TITLE_MAX, lang: "en" }}
            errors={fields.titleEn.errors}
          />
          <Field
            labelProps={{ children: t("form.titleIt") }}
            inputProps={{ ...getInputProps(fields.titleIt, { type: "text" }), maxLength: TITLE_MAX, lang: "it" }}
            errors={fields.titleIt.errors}
          />
        </div>
        <p className="hint">{t("form.titleHint", { max: TITLE_MAX })}</p>
        <TextareaField
          meta={fields.descriptionEn}
          label={t("form.descriptionEn")}
          maxLength={DESCRIPTION_MAX}
          hint={t("form.descriptionHint", { max: DESCRIPTION_MAX.toLocaleString("en-GB") })}
        />
        <TextareaField
          meta={fields.descriptionIt}
          label={t("form.descriptionIt")}
          maxLength={DESCRIPTION_MAX}
          hint={t("form.descriptionHint", { max: DESCRIPTION_MAX.toLocaleString("en-GB") })}
        />
      </fieldset>

      <fieldset>
        <legend>{t("form.topics")}</legend>
        <p className="hint">{t("form.topicsHint", { max: TOPICS_MAX })}</p>
        <ErrorList id={fields.topics.errorId} errors={fields.topics.errors} />
        {topicRows.length ? (
          <ul className="chip-list" aria-label={t("form.chosenTopics")}>
            {topicRows.map((row, index) => {
              const { label, parent } = labelOf(row.value as string | undefined);
              return (
                <li key={row.key} className="chip">
                  <span className="chip-label">
                    {label} {parent ? <span className="parent">({parent})</span> : null}
                  </span>
                  <input {...getInputProps(row, { type: "hidden" })} />
                  <button className="link-button" {...form.remove.getButtonProps({ name: fields.topics.name, index })}>
                    {t("form.remove")} <span className="visually-hidden">{label}</span>
                  </button>
                  <ErrorList id={row.errorId} errors={row.errors} />
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="notice">{t("form.noTopics")}</p>
        )}
        {hydrated ? (
          topicRows.length < TOPICS_MAX ? (
            <TopicCombobox
              chosen={chosen}
              onPick={(hit) => {
                setPicked((p) => ({ ...p, [hit.id]: { label: hit.label, parent: hit.parentLabel } }));
                form.insert({ name: fields.topics.name, defaultValue: hit.id });
              }}
            />
          ) : null
        ) : (
          <>
            <div className="topic-search">
              <div className="field">
                <label htmlFor="topic-query">{t("form.topicSearch")}</label>
                <input
                  id="topic-query"
                  name="topicQuery"
                  type="search"
                  defaultValue={topicSearch?.topicQuery ?? ""}
                  maxLength={100}
                />
              </div>
              <SubmitButton
                intent="search-topics"
                className="button button-secondary"
                pendingLabel={t("common:pending.searching")}
              >
                {t("form.topicSearchButton")}
              </SubmitButton>
            </div>
            {topicSearch?.topicQuery ? (
              topicSearch.topicHits.length ? (
                <fieldset>
                  <legend>{t("form.topicResults", { q: topicSearch.topicQuery })}</legend>
                  <ul className="checkbox-row">
                    {topicSearch.topicHits.map((hit) => (
                      <li key={hit.id}>
                        <label>
                          <input type="checkbox" name="addTopic" value={hit.id} disabled={chosen.has(hit.id)} />
                          {hit.label}
                          {hit.parentLabel ? <span className="muted"> · {hit.parentLabel}</span> : null}
                        </label>
                      </li>
                    ))}
                  </ul>
                  <SubmitButton
                    intent="add-topics"
                    className="button button-secondary"
                    pendingLabel={t("common:pending.adding")}
                  >
                    {t("form.topicAdd")}
                  </SubmitButton>
                </fieldset>
              ) : (
                <p role="status">{t("form.topicNone", { q: topicSearch.topicQuery })}</p>
              )
            ) : null}
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>{t("form.eligibility")}</legend>
        <p className="hint">{t("form.eligibilityHint")}</p>
        <fieldset className="plain-fieldset">
          <legend>{t("form.professions")}</legend>
          <div className="checkbox-row">
            {getCollectionProps(fields.professions, { type: "checkbox", options: [...PROFESSIONS] }).map(
              ({ key, ...props }) => (
                <label key={key} htmlFor={props.id}>
                  <input {...props} />
                  {t(`common:profession.${props.value}`)}
                </label>
              ),
            )}
          </div>
          <ErrorList id={fields.professions.errorId} errors={fields.professions.errors} />
        </fieldset>
        <fieldset className="plain-fieldset">
          <legend>{t("form.careerStages")}</legend>
          <div className="checkbox-row">
            {getCollectionProps(fields.careerStages, { type: "checkbox", options: [...CAREER_STAGES] }).map(
              ({ key, ...props }) => (
                <label key={key} htmlFor={props.id}>
                  <input {...props} />
                  {t(`common:careerStage.${props.value}`)}
                </label>
              ),
            )}
          </div>
          <ErrorList id={fields.careerStages.errorId} errors={fields.careerStages.errors} />
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>{t("form.languages")}</legend>
        <p className="hint">{t("form.languagesHint")}</p>
        <ErrorList id={fields.languages.errorId} errors={fields.languages.errors} />
        {languageRows.map((row, index) => {
          const f = row.getFieldset();
          return (
            <div key={row.key} className="row-fields">
              <SelectField
                meta={f.code}
                label={t("form.language", { n: index + 1 })}
                options={languageOptions}
                named
                placeholder={t("form.choose")}
              />
              <SelectField
                meta={f.level}
                label={t("form.level", { n: index + 1 })}
                options={levelOptions}
                placeholder={t("form.choose")}
              />
              <div className="row-actions">
                <button
                  className="button button-secondary"
                  {...form.remove.getButtonProps({ name: fields.languages.name, index })}
                >
                  {t("form.remove")} <span className="visually-hidden">{t("form.languageN", { n: index + 1 })}</span>
                </button>
              </div>
            </div>
          );
        })}
        <button
          className="button button-secondary"
          disabled={languageRows.length >= LANGUAGES_MAX}
          {...form.insert.getButtonProps({ name: fields.languages.name })}
        >
          {t("form.addLanguage")}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t("form.seatsAndStay")}</legend>
        <div className="row-fields align-start">
          <Field
            labelProps={{ children: t("form.seats") }}
            inputProps={{
              ...getInputProps(fields.seats, { type: "number" }),
              min: 1,
              max: SEATS_MAX,
              step: 1,
              inputMode: "numeric",
            }}
            errors={fields.seats.errors}
            hint={t("form.seatsHint")}
          />
          <Field
            labelProps={{ children: t("form.minDays") }}
            inputProps={{
              ...getInputProps(fields.minDays, { type: "number" }),
              min: 1,
              max: STAY_MAX_DAYS,
              step: 1,
              inputMode: "numeric",
            }}
            errors={fields.minDays.errors}
          />
          <Field
            labelProps={{ children: t("form.maxDays") }}
            inputProps={{
              ...getInputProps(fields.maxDays, { type: "number" }),
              min: 1,
              max: STAY_MAX_DAYS,
              step: 1,
              inputMode: "numeric",
            }}
            errors={fields.maxDays.errors}
          />
          <Field
            labelProps={{ children: t("form.deadline") }}
            inputProps={getInputProps(fields.deadline, { type: "date" })}
            errors={fields.deadline.errors}
            hint={t("form.deadlineHint")}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("form.windows")}</legend>
        <p className="hint">{t("form.windowsHint")}</p>
        <ErrorList id={fields.windows.errorId} errors={fields.windows.errors} />
        {windowRows.map((row, index) => {
          const f = row.getFieldset();
          return (
            <div key={row.key} className="row-fields">
              <Field
                labelProps={{ children: t("form.windowStart", { n: index + 1 }) }}
                inputProps={getInputProps(f.start, { type: "date" })}
                errors={f.start.errors}
              />
              <Field
                labelProps={{ children: t("form.windowEnd", { n: index + 1 }) }}
                inputProps={getInputProps(f.end, { type: "date" })}
                errors={[...(row.errors ?? []), ...(f.end.errors ?? [])]}
              />
              <div className="row-actions">
                <button
                  className="button button-secondary"
                  {...form.remove.getButtonProps({ name: fields.windows.name, index })}
                >
                  {t("form.remove")} <span className="visually-hidden">{t("form.windowN", { n: index + 1 })}</span>
                </button>
              </div>
            </div>
          );
        })}
        <button
          className="button button-secondary"
          disabled={windowRows.length >= WINDOWS_MAX}
          {...form.insert.getButtonProps({ name: fields.windows.name })}
        >
          {t("form.addWindow")}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t("form.cohorts")}</legend>
        <p className="hint">{t("form.cohortsHint")}</p>
        <ErrorList id={fields.cohorts.errorId} errors={fields.cohorts.errors} />
        {cohortRows.map((row, index) => {
          const f = row.getFieldset();
          const requests = f.id.value ? (cohortRequests[f.id.value] ?? 0) : 0;
          return (
            <div key={row.key} className="row-fields">
              <input {...getInputProps(f.id, { type: "hidden" })} />
              <Field
                labelProps={{ children: t("form.cohortName", { n: index + 1 }) }}
                inputProps={{ ...getInputProps(f.name, { type: "text" }), maxLength: COHORT_NAME_MAX }}
                errors={f.name.errors}
              />
              <Field
                labelProps={{ children: t("form.cohortStart", { n: index + 1 }) }}
                inputProps={getInputProps(f.start, { type: "date" })}
                errors={f.start.errors}
              />
              <Field
                labelProps={{ children: t("form.cohortEnd", { n: index + 1 }) }}
                inputProps={getInputProps(f.end, { type: "date" })}
                errors={f.end.errors}
              />
              <Field
                labelProps={{ children: t("form.cohortSeats", { n: index + 1 }) }}
                inputProps={{
                  ...getInputProps(f.seats, { type: "number" }),
                  min: 1,
                  max: SEATS_MAX,
                  step: 1,
                  inputMode: "numeric",
                }}
                errors={f.seats.errors}
              />
              <div className="row-actions">
                {requests > 0 ? <p className="hint">{t("form.cohortRequests", { count: requests })}</p> : null}
                <button
                  className="button button-secondary"
                  {...form.remove.getButtonProps({ name: fields.cohorts.name, index })}
                >
                  {t("form.remove")} <span className="visually-hidden">{t("form.cohortN", { n: index + 1 })}</span>
                </button>
              </div>
            </div>
          );
        })}
        <button
          className="button button-secondary"
          disabled={cohortRows.length >= COHORTS_MAX}
          {...form.insert.getButtonProps({ name: fields.cohorts.name })}
        >
          {t("form.addCohort")}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t("form.questions")}</legend>
        <p className="hint">{t("form.questionsHint", { max: QUESTIONS_MAX })}</p>
        <ErrorList id={fields.questions.errorId} errors={fields.questions.errors} />
        {questionRows.map((row, index) => {
          const f = row.getFieldset();
          const answers = f.id.value ? (questionAnswers[f.id.value] ?? 0) : 0;
          return (
            <div key={row.key} className="question-row">
              <input {...getInputProps(f.id, { type: "hidden" })} />
              <TextareaField
                meta={f.textEn}
                label={t("form.questionEn", { n: index + 1 })}
                maxLength={QUESTION_MAX}
                rows={2}
              />
              <TextareaField
                meta={f.textIt}
                label={t("form.questionIt", { n: index + 1 })}
                maxLength={QUESTION_MAX}
                rows={2}
              />
              {answers > 0 ? <p className="hint">{t("form.questionAnswers", { count: answers })}</p> : null}
              <button
                className="button button-secondary"
                {...form.remove.getButtonProps({ name: fields.questions.name, index })}
              >
                {t("form.remove")} <span className="visually-hidden">{t("form.questionN", { n: index + 1 })}</span>
              </button>
            </div>
          );
        })}
        <button
          className="button button-secondary"
          disabled={questionRows.length >= QUESTIONS_MAX}
          {...form.insert.getButtonProps({ name: fields.questions.name })}
        >
          {t("form.addQuestion")}
        </button>
      </fieldset>

      <PracticalFields fields={fields} />

      <SubmitButton intent="save" pendingIntents={["save", "default"]} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
      {extraActions}
    </Form>
  );
}
