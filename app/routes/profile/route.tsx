/**
 * /profile: the applicant's profile, which Ponte ranks opportunities with. Conform + Zod
 * (schema in app/matching/profile-validation.ts, shared with the demo seed). Works without
 * JavaScript: adding and removing languages, topics and windows are submit buttons the
 * server answers (Conform list intents); topics are found with a search button that lists
 * matches as checkboxes. With JavaScript the same happens in place, and topics are found
 * with a combobox (components/topic-combobox.tsx).
 */
import {
  getCollectionProps,
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type FieldMetadata,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { TopicCombobox, useHydrated } from "~/catalogue/ui/topic-combobox";
import { getProfileForEdit, saveProfile, type ProfileForEdit } from "~/matching/profile.server";
import { getTaxonomy } from "~/catalogue/topic.server";
import matchingStyles from "~/styles/matching.css";
import { requireUserWithRole } from "~/accounts/auth.server";
import { todayIso } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { CAREER_STAGES, CEFR_LEVELS, PROFESSIONS, STAY_TYPES } from "~/catalogue/vocabulary";
import {
  createProfileSchema,
  INSTITUTION_MAX,
  type ProfileInput,
  STATEMENT_MAX,
  WEBSITE_MAX,
} from "~/matching/profile-validation";
import { countryOptions, languageOptions } from "~/platform/reference-lists.server";
import { searchTopics, type TopicHit } from "~/catalogue/topic-search";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: matchingStyles }];

/** The statement (4,000 characters, up to 4 bytes each) and everything else fit in 64 KiB. */
const PROFILE_FORM_BYTES = 64 * 1024;

type TopicLabel = { label: string; parent: string | null };

function topicLabels(taxonomy: Awaited<ReturnType<typeof getTaxonomy>>, language: string): Record<string, TopicLabel> {
  const it = language === "it";
  const out: Record<string, TopicLabel> = {};
  for (const t of taxonomy.topics) {
    const parent = t.parentId ? taxonomy.byId.get(t.parentId) : undefined;
    out[t.id] = { label: it ? t.labelIt : t.labelEn, parent: parent ? (it ? parent.labelIt : parent.labelEn) : null };
  }
  return out;
}

/** The form's fields as Conform sees them (strings; lists of rows). */
type ProfileFormValue = {
  profession?: string;
  careerStage?: string;
  country?: string;
  homeInstitution?: string;
  rorId?: string;
  orcid?: string;
  website?: string;
  researchStatement?: string;
  stayTypes: string[];
  suggestToCentres?: string;
  languages: { code?: string; level?: string }[];
  interests: { topicId?: string; weight?: string }[];
  windows: { start?: string; end?: string }[];
};

/** The form's starting value: the saved profile, with one blank language and window row to fill. */
function formValue(p: ProfileForEdit | null): ProfileFormValue {
  if (!p) return { languages: [{}], interests: [], windows: [{}], stayTypes: [] };
  return {
    profession: p.profession ?? undefined,
    careerStage: p.careerStage ?? undefined,
    country: p.country ?? undefined,
    homeInstitution: p.homeInstitution ?? undefined,
    rorId: p.rorId ?? undefined,
    orcid: p.orcid ?? undefined,
    website: p.website ?? undefined,
    researchStatement: p.researchStatement,
    stayTypes: p.stayTypes,
    suggestToCentres: p.suggestToCentres ? "on" : undefined,
    languages: p.languages.length ? p.languages : [{}],
    interests: p.interests,
    windows: p.windows.length ? p.windows : [{}],
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, "APPLICANT");
  const { t, language } = await getRequestT(request, "profile");
  const [profile, taxonomy] = await Promise.all([getProfileForEdit(user.id), getTaxonomy()]);
  return data(
    {
      title: t("profile.metaTitle"),
      saved: new URL(request.url).searchParams.get("saved") === "1",
      isNew: profile === null,
      today: todayIso(),
      defaultValue: formValue(profile),
      countries: countryOptions(language),
      languages: languageOptions(language),
      topicLabels: topicLabels(taxonomy, language),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

/** Echoes the form as submitted (no validation), so a search or an added topic keeps every edit. */
const Echo = z.any();

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, "APPLICANT");
  const formData = await readFormData(request, PROFILE_FORM_BYTES);
  const intent = String(formData.get("intent") ?? "save");
  const query = String(formData.get("topicQuery") ?? "")
    .trim()
    .slice(0, 100);
  const [{ language }, taxonomy] = await Promise.all([getRequestT(request), getTaxonomy()]);

  // Without JavaScript, Enter in the topic search box submits through the form's first
  // (hidden, "default") button: treat it as a search when there is something to search.
  if (intent === "search-topics" || (intent === "default" && query)) {
    formData.delete("intent");
    return data({
      result: parseWithZod(formData, { schema: Echo }).reply(),
      topicQuery: query,
      topicHits: searchTopics(taxonomy.topics, query, language),
    });
  }
  if (intent === "add-topics") {
    const present = new Set<string>();
    let count = 0;
    for (const [name, value] of formData) {
      const m = /^interests\[(\d+)\]\.topicId$/.exec(name);
      if (m) {
        present.add(String(value));
        count = Math.max(count, Number(m[1]) + 1);
      }
    }
    for (const id of formData.getAll("addTopic").map(String)) {
      if (!taxonomy.byId.has(id) || present.has(id)) continue;
      formData.append(`interests[${count}].topicId`, id);
      formData.append(`interests[${count}].weight`, "CORE");
      present.add(id);
      count += 1;
    }
    for (const name of ["intent", "addTopic", "topicQuery"]) formData.delete(name);
    return data({
      result: parseWithZod(formData, { schema: Echo }).reply(),
      topicQuery: "",
      topicHits: [] as TopicHit[],
    });
  }

  const schema = createProfileSchema({ today: todayIso(), isKnownTopic: (id) => taxonomy.byId.has(id) });
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") {
    return data(
      { result: submission.reply(), topicQuery: "", topicHits: [] as TopicHit[] },
      { status: submission.status === "error" ? 400 : 200 },
    );
  }
  await saveProfile(user.id, submission.value);
  return redirect("/profile?saved=1");
}

function Select({
  meta,
  label,
  options,
  placeholder,
  hint,
}: {
  meta: FieldMetadata<string | undefined>;
  label: string;
  options: { value: string; label: string }[];
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

export default function ProfilePage() {
  const {
    saved,
    isNew,
    today,
    defaultValue,
    countries,
    languages,
    topicLabels: labels,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("profile");
  const hydrated = useHydrated();
  const schema = useMemo(() => createProfileSchema({ today }), [today]);
  const [picked, setPicked] = useState<Record<string, TopicLabel>>({});

  const [form, fields] = useForm<ProfileFormValue, ProfileInput>({
    id: "profile",
    constraint: getZodConstraint(schema),
    defaultValue,
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });

  const languageRows = fields.languages.getFieldList();
  const interestRows = fields.interests.getFieldList();
  const windowRows = fields.windows.getFieldList();
  const chosen = new Set(
    interestRows.map((row) => row.getFieldset().topicId.value).filter((v): v is string => Boolean(v)),
  );
  const labelOf = (id: string | undefined) =>
    id ? (labels[id] ?? picked[id] ?? { label: id, parent: null }) : { label: "", parent: null };
  const professionOptions = PROFESSIONS.map((p) => ({ value: p, label: t(`common:profession.${p}`) }));
  const stageOptions = CAREER_STAGES.map((s) => ({ value: s, label: t(`common:careerStage.${s}`) }));
  const levelOptions = CEFR_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }));

  return (
    <div className="profile-page">
      <h1>{t("profile.title")}</h1>
      <p className="lead">{t("profile.lead")}</p>
      {saved ? (
        <p className="flash flash-success" role="status">
          {t("profile.saved")} <Link to="/matches">{t("profile.seeMatches")}</Link>
        </p>
      ) : isNew ? (
        <p className="notice">{t("profile.newHint")}</p>
      ) : null}

      <Form method="post" {...getFormProps(form)} className="profile-form">
        {/* The first submit button is what Enter in a text field presses. */}
        <button type="submit" name="intent" value="default" hidden tabIndex={-1} aria-hidden="true" />
        <ErrorList id={form.errorId} errors={form.errors} className="form-error" />

        <fieldset>
          <legend>{t("profile.about")}</legend>
          <Select
            meta={fields.profession}
            label={t("fields.profession")}
            options={professionOptions}
            placeholder={t("fields.choose")}
          />
          <Select
            meta={fields.careerStage}
            label={t("fields.careerStage")}
            options={stageOptions}
            placeholder={t("fields.choose")}
          />
          <Select
            meta={fields.country}
            label={t("fields.country")}
            options={countries}
            placeholder={t("fields.notSaying")}
          />
          <Field
            labelProps={{ children: t("fields.homeInstitution") }}
            inputProps={{
              ...getInputProps(fields.homeInstitution, { type: "text" }),
              autoComplete: "organization",
              maxLength: INSTITUTION_MAX,
            }}
            errors={fields.homeInstitution.errors}
          />
          <Field
            labelProps={{ children: t("fields.rorId") }}
            inputProps={{
              ...getInputProps(fields.rorId, { type: "text" }),
              placeholder: "https://ror.org/0…",
              spellCheck: false,
            }}
            errors={fields.rorId.errors}
            hint={t("fields.rorIdHint")}
          />
          <Field
            labelProps={{ children: t("fields.orcid") }}
            inputProps={{
              ...getInputProps(fields.orcid, { type: "text" }),
              placeholder: "0000-0000-0000-0000",
              spellCheck: false,
              inputMode: "text",
            }}
            errors={fields.orcid.errors}
            hint={t("fields.orcidHint")}
          />
          <Field
            labelProps={{ children: t("fields.website") }}
            inputProps={{
              ...getInputProps(fields.website, { type: "url" }),
              autoComplete: "url",
              placeholder: "https://",
              maxLength: WEBSITE_MAX,
            }}
            errors={fields.website.errors}
            hint={t("fields.websiteHint")}
          />
        </fieldset>

        <fieldset>
          <legend>{t("languages.legend")}</legend>
          <p className="hint">{t("languages.hint")}</p>
          <ErrorList id={fields.languages.errorId} errors={fields.languages.errors} />
          {languageRows.map((row, index) => {
            const f = row.getFieldset();
            return (
              <div key={row.key} className="row-fields">
                <Select
                  meta={f.code}
                  label={t("languages.language", { n: index + 1 })}
                  options={languages}
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
                    {t("languages.remove")}{" "}
                    <span className="visually-hidden">{t("languages.rowN", { n: index + 1 })}</span>
                  </button>
                </div>
              </div>
            );
          })}
          <button className="button button-secondary" {...form.insert.getButtonProps({ name: fields.languages.name })}>
            {t("languages.add")}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t("topics.legend")}</legend>
          <p className="hint">{t("topics.hint")}</p>
          <ErrorList id={fields.interests.errorId} errors={fields.interests.errors} />
          {interestRows.length ? (
            <ul className="chip-list" aria-label={t("topics.chosenLabel")}>
              {interestRows.map((row, index) => {
                const f = row.getFieldset();
                const { label, parent } = labelOf(f.topicId.value);
                return (
                  <li key={row.key} className="chip">
                    <fieldset>
                      <legend>
                        {label} {parent ? <span className="parent">({parent})</span> : null}
                      </legend>
                      <input {...getInputProps(f.topicId, { type: "hidden" })} />
                      {getCollectionProps(f.weight, { type: "radio", options: ["CORE", "ALSO"] }).map(
                        ({ key, ...props }) => (
                          <label key={key} htmlFor={props.id}>
                            <input {...props} />
                            {t(`topics.weight.${props.value}`)}
                          </label>
                        ),
                      )}
                      <button
                        className="link-button"
                        {...form.remove.getButtonProps({ name: fields.interests.name, index })}
                      >
                        {t("topics.remove")} <span className="visually-hidden">{label}</span>
                      </button>
                    </fieldset>
                    <ErrorList
                      id={f.topicId.errorId}
                      errors={[...(f.topicId.errors ?? []), ...(f.weight.errors ?? [])]}
                    />
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="notice">{t("topics.none")}</p>
          )}

          {hydrated ? (
            <TopicCombobox
              chosen={chosen}
              onPick={(hit) => {
                setPicked((p) => ({ ...p, [hit.id]: { label: hit.label, parent: hit.parentLabel } }));
                form.insert({ name: fields.interests.name, defaultValue: { topicId: hit.id, weight: "CORE" } });
              }}
            />
          ) : (
            <>
              <div className="topic-search">
                <div className="field">
                  <label htmlFor="topic-query">{t("topics.searchLabel")}</label>
                  <input
                    id="topic-query"
                    name="topicQuery"
                    type="search"
                    defaultValue={actionData?.topicQuery ?? ""}
                    maxLength={100}
                  />
                </div>
                <SubmitButton
                  intent="search-topics"
                  className="button button-secondary"
                  pendingLabel={t("common:pending.searching")}
                >
                  {t("topics.searchButton")}
                </SubmitButton>
              </div>
              {actionData?.topicQuery ? (
                actionData.topicHits.length ? (
                  <fieldset>
                    <legend>{t("topics.results", { q: actionData.topicQuery })}</legend>
                    <ul className="checkbox-row" aria-label={t("topics.results", { q: actionData.topicQuery })}>
                      {actionData.topicHits.map((hit) => (
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
                      {t("topics.addSelected")}
                    </SubmitButton>
                  </fieldset>
                ) : (
                  <p role="status">{t("topics.noResults", { q: actionData.topicQuery })}</p>
                )
              ) : null}
            </>
          )}
        </fieldset>

        <fieldset>
          <legend>{t("statement.legend")}</legend>
          <div className="field">
            <label htmlFor={fields.researchStatement.id}>{t("statement.label")}</label>
            <textarea
              {...getTextareaProps(fields.researchStatement)}
              maxLength={STATEMENT_MAX}
              aria-describedby={[
                `${fields.researchStatement.id}-hint`,
                fields.researchStatement.errors?.length ? fields.researchStatement.errorId : "",
              ]
                .filter(Boolean)
                .join(" ")}
            />
            <p id={`${fields.researchStatement.id}-hint`} className="hint">
              {t("statement.hint", { max: STATEMENT_MAX.toLocaleString() })}
            </p>
            <ErrorList id={fields.researchStatement.errorId} errors={fields.researchStatement.errors} />
          </div>
        </fieldset>

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

        <fieldset>
          <legend>{t("windows.legend")}</legend>
          <p className="hint">{t("windows.hint")}</p>
          <ErrorList id={fields.windows.errorId} errors={fields.windows.errors} />
          {windowRows.map((row, index) => {
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

        <fieldset>
          <legend>{t("suggest.legend")}</legend>
          <div className="inline-choice">
            <label htmlFor={fields.suggestToCentres.id}>
              <input
                {...getInputProps(fields.suggestToCentres, { type: "checkbox" })}
                aria-describedby="suggest-hint"
              />
              {t("suggest.label")}
            </label>
          </div>
          <p id="suggest-hint" className="hint">
            {t("suggest.hint")}
          </p>
        </fieldset>

        {/* Enter in a text field sends the hidden "default" button, which saves too. */}
        <SubmitButton intent="save" pendingIntents={["save", "default"]} pendingLabel={t("profile.saving")}>
          {t("profile.submit")}
        </SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
