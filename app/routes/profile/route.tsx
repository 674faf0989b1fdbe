/**
 * /profile: the applicant's profile, which Ponte ranks opportunities with. Conform + Zod
 * (schema in app/matching/profile-validation.ts, shared with the demo seed). Works without
 * JavaScript: adding and removing languages, topics and windows are submit buttons the
 * server answers (Conform list intents); topics are found with a search button that lists
 * matches as checkboxes (topic-picker.server.ts). With JavaScript the same happens in place,
 * and topics are found with a combobox (catalogue/ui/topic-combobox.tsx). The fieldsets live
 * in this folder.
 */
import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
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
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { getTaxonomy } from "~/catalogue/topic.server";
import type { TopicHit } from "~/catalogue/topic-search";
import type { ProfileFormValue } from "~/matching/profile-form";
import { submittedTopicIds, topicLabels } from "~/catalogue/topic.server";
import { listLombardyCentres } from "~/catalogue/centre.server";
import { profileFormValue } from "~/matching/profile-form.server";
import { getProfileForEdit, saveProfile } from "~/matching/profile.server";
import { createProfileSchema, type ProfileInput, STATEMENT_MAX } from "~/matching/profile-validation";
import matchingStyles from "~/styles/matching.css";
import { requireUserWithRole } from "~/accounts/auth.server";
import { askHomeCentreConfirmation, getHomeCentreState } from "~/accounts/home-centre.server";
import { todayIso } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { getRequestT } from "~/platform/i18n.server";
import { countryOrder, groupedLanguageOrder } from "~/platform/reference-lists.server";
import { AboutFields } from "./about-fields";
import { StayTypeFields, WindowFields } from "./availability-fields";
import { LanguageFields } from "./language-fields";
import { TopicFields } from "./topic-fields";
import { topicPickerReply } from "./topic-picker.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: matchingStyles }];

/** The statement (4,000 characters, up to 4 bytes each) and everything else fit in 64 KiB. */
const PROFILE_FORM_BYTES = 64 * 1024;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, "APPLICANT");
  const { t, language } = await getRequestT(request, "profile");
  const [profile, taxonomy, lombardy, home] = await Promise.all([
    getProfileForEdit(user.id),
    getTaxonomy(),
    listLombardyCentres(),
    getHomeCentreState(user.id),
  ]);
  const params = new URL(request.url).searchParams;
  const day = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(language === "it" ? "it-IT" : "en-GB", {
          dateStyle: "long",
          timeZone: "Europe/Rome",
        }).format(new Date(iso))
      : "";
  const defaultValue = profileFormValue(profile);
  return data(
    {
      title: t("profile.metaTitle"),
      saved: params.get("saved") === "1",
      asked: params.get("asked") === "1",
      // The home centre's state as one sentence key ("VERIFIED_COORDINATOR"…) and its values.
      home: home
        ? {
            key: home.status === "VERIFIED" ? `VERIFIED_${home.via ?? "COORDINATOR"}` : home.status,
            centre: language === "it" ? home.centre.nameIt : home.centre.name,
            date: day(home.at),
            canAsk: home.status === "UNVERIFIED" || home.status === "REJECTED",
          }
        : null,
      isNew: profile === null,
      today: todayIso(),
      defaultValue,
      // Codes in order only: the page names them (reference-lists.ts), so the names are sent once.
      countries: countryOrder(language),
      homeCentres: lombardy
        .map((c) => ({ value: c.id, label: language === "it" ? c.nameIt : c.name }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
      languages: groupedLanguageOrder(language, request.headers.get("Accept-Language")),
      // The chosen topics' labels only; an answer to the form brings those of topics added since.
      topicLabels: topicLabels(
        taxonomy,
        language,
        defaultValue.interests.flatMap((i) => (i.topicId ? [i.topicId] : [])),
      ),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, "APPLICANT");
  const formData = await readFormData(request, PROFILE_FORM_BYTES);
  if (formData.get("intent") === "ask-home-centre") {
    await askHomeCentreConfirmation(user.id);
    return redirect("/profile?asked=1");
  }
  const [{ language }, taxonomy, lombardy] = await Promise.all([
    getRequestT(request),
    getTaxonomy(),
    listLombardyCentres(),
  ]);
  const topicReply = topicPickerReply(formData, taxonomy, language);
  // The labels of the topics the echoed form holds (added without JavaScript, or picked since).
  const labels = () => topicLabels(taxonomy, language, submittedTopicIds(formData, "interests"));
  if (topicReply) return data({ ...topicReply, topicLabels: labels() });

  const lombardyIds = new Set(lombardy.map((c) => c.id));
  const schema = createProfileSchema({
    today: todayIso(),
    isKnownTopic: (id) => taxonomy.byId.has(id),
    isLombardyCentre: (id) => lombardyIds.has(id),
  });
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") {
    return data(
      { result: submission.reply(), topicQuery: "", topicHits: [] as TopicHit[], topicLabels: labels() },
      { status: submission.status === "error" ? 400 : 200 },
    );
  }
  await saveProfile(user.id, submission.value);
  return redirect("/profile?saved=1");
}

export default function ProfilePage() {
  const {
    saved,
    asked,
    home,
    isNew,
    today,
    defaultValue,
    countries,
    homeCentres,
    languages,
    topicLabels: loadedLabels,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const labels = { ...loadedLabels, ...actionData?.topicLabels };
  const { t } = useTranslation("profile");
  const schema = useMemo(() => createProfileSchema({ today }), [today]);

  const [form, fields] = useForm<ProfileFormValue, ProfileInput>({
    id: "profile",
    constraint: getZodConstraint(schema),
    defaultValue,
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });

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

      {home ? (
        <section aria-labelledby="home-centre-title" className="notice">
          <h2 id="home-centre-title">{t("homeCentre.title")}</h2>
          <p data-testid="home-centre-state">{t(`homeCentre.${home.key}`, { centre: home.centre, date: home.date })}</p>
          {asked && home.key === "PENDING" ? (
            <p className="flash flash-success" role="status">
              {t("homeCentre.asked")}
            </p>
          ) : null}
          {home.key !== "VERIFIED_EMAIL_DOMAIN" && home.key !== "VERIFIED_COORDINATOR" ? (
            <p className="hint">{t("homeCentre.how")}</p>
          ) : null}
          {home.canAsk ? (
            <Form method="post">
              <SubmitButton
                intent="ask-home-centre"
                className="button button-secondary"
                pendingLabel={t("homeCentre.asking")}
              >
                {t("homeCentre.ask")}
              </SubmitButton>
            </Form>
          ) : null}
        </section>
      ) : null}

      <Form method="post" {...getFormProps(form)} className="profile-form">
        {/* The first submit button is what Enter in a text field presses. */}
        <button type="submit" name="intent" value="default" hidden tabIndex={-1} aria-hidden="true" />
        <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
        <AboutFields fields={fields} countries={countries} homeCentres={homeCentres} />
        <LanguageFields form={form} fields={fields} languages={languages} />
        <TopicFields form={form} fields={fields} labels={labels} search={actionData} />

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

        <StayTypeFields fields={fields} />
        <WindowFields form={form} fields={fields} />

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

        <fieldset>
          <legend>{t("share.legend")}</legend>
          <div className="inline-choice">
            <label htmlFor={fields.shareWithHomeCentre.id}>
              <input
                {...getInputProps(fields.shareWithHomeCentre, { type: "checkbox" })}
                aria-describedby="share-hint"
              />
              {t("share.label")}
            </label>
          </div>
          <p id="share-hint" className="hint">
            {t("share.hint")}
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
