/**
 * The site's header (brand and navigation) and footer (about, legal pages and contact, language switcher).
 *
 * On phones (up to 40rem) the navigation folds into a menu (issue 17): a <details> whose
 * <summary> is the "Menu" button, so it opens and closes without JavaScript; on wider
 * screens the summary is hidden and the list always shows (`::details-content`, and, for
 * browsers without it, the script opens the details). With JavaScript the menu also closes
 * after each navigation.
 */
import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useRootData } from "~/components/root-data";
import { supportedLanguages } from "~/platform/i18n";
import { SubmitButton } from "~/components/forms";

/** Wider than this the navigation is always shown (app.css uses the same width). */
const WIDE = "(min-width: 40.0625rem)";

/** The navigation's <details>: open on wide screens, closed on phones after each navigation. */
function useNavMenu() {
  const ref = useRef<HTMLDetailsElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof window.matchMedia !== "function") return;
    const mq = window.matchMedia(WIDE);
    el.open = mq.matches;
    const onChange = () => {
      el.open = mq.matches;
    };
    mq.addEventListener("change", onChange);
    return () => mq.removeEventListener("change", onChange);
  }, [pathname]);
  return ref;
}

export function SiteHeader() {
  const { t } = useTranslation();
  const root = useRootData();
  const user = root?.user ?? null;
  const menu = useNavMenu();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <div className="container header-row">
        <Link to="/" className="brand" aria-label={t("nav.home")}>
          <span className="brand-mark" aria-hidden="true">
            ◗
          </span>{" "}
          Ponte
        </Link>
        <nav aria-label={t("nav.label")} className="site-nav">
          <details className="nav-menu" ref={menu}>
            <summary className="nav-toggle">
              <span aria-hidden="true" className="nav-toggle-icon">
                ☰
              </span>{" "}
              {t("nav.menu")}
            </summary>
            <ul className="nav-list">
              <li>
                <NavLink to="/centres">{t("nav.centres")}</NavLink>
              </li>
              <li>
                <NavLink to="/opportunities">{t("nav.opportunities")}</NavLink>
              </li>
              <li>
                <NavLink to="/events">{t("nav.events")}</NavLink>
              </li>
              <li>
                <NavLink to="/collaborations">{t("nav.collaborations")}</NavLink>
              </li>
              {user ? (
                <>
                  {user.roles.includes("ADMIN") ? (
                    <li>
                      <NavLink to="/admin">{t("nav.admin")}</NavLink>
                    </li>
                  ) : null}
                  {user.roles.includes("COORDINATOR") ? (
                    <li>
                      <NavLink to="/coordinator">{t("nav.myCentres")}</NavLink>
                    </li>
                  ) : null}
                  {user.roles.includes("COORDINATOR") || user.roles.includes("ADMIN") ? (
                    <li>
                      <NavLink to="/inbox">{t("nav.inbox")}</NavLink>
                    </li>
                  ) : null}
                  {user.roles.includes("APPLICANT") ? (
                    <li>
                      <NavLink to="/requests">{t("nav.requests")}</NavLink>
                    </li>
                  ) : null}
                  {user.roles.includes("APPLICANT") ? (
                    <>
                      <li>
                        <NavLink to="/matches">{t("profile:nav.matches")}</NavLink>
                      </li>
                      <li>
                        <NavLink to="/profile" end>
                          {t("profile:nav.profile")}
                        </NavLink>
                      </li>
                      <li>
                        <NavLink to="/profile/documents">{t("profile:nav.documents")}</NavLink>
                      </li>
                    </>
                  ) : null}
                  <li className="nav-user muted">{user.name}</li>
                  <li>
                    <NavLink to="/account">{t("nav.account")}</NavLink>
                  </li>
                  <li>
                    <Form method="post" action="/logout">
                      <SubmitButton formAction="/logout" className="link-button" pendingLabel={t("pending.loggingOut")}>
                        {t("nav.logout")}
                      </SubmitButton>
                    </Form>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <NavLink to="/login">{t("nav.login")}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/signup">{t("nav.signup")}</NavLink>
                  </li>
                </>
              )}
            </ul>
          </details>
        </nav>
      </div>
      {root?.demo ? (
        <div className="site-banner demo-banner" role="note" aria-label={t("demo.label")}>
          <div className="container">
            <p>
              {t(root.mailSent ? "demo.bannerMailSent" : "demo.banner")} <a href="/dev/emails">{t("demo.mailbox")}</a>
            </p>
          </div>
        </div>
      ) : null}
      {user?.undeliverableEmail ? (
        <div className="site-banner" role="alert">
          <div className="container">
            <p>
              {t("notifications:banner.text", { email: user.undeliverableEmail })}{" "}
              <Link to="/account/notifications">{t("notifications:banner.link")}</Link>
            </p>
          </div>
        </div>
      ) : null}
    </header>
  );
}

export function SiteFooter() {
  const { t, i18n } = useTranslation();
  const root = useRootData();
  return (
    <footer className="site-footer">
      <div className="container footer-row">
        <p>{t("footer.about")}</p>
        <nav aria-label={t("legal:footer.label")}>
          <ul className="footer-links">
            <li>
              <Link to="/privacy">{t("legal:footer.privacy")}</Link>
            </li>
            <li>
              <Link to="/terms">{t("legal:footer.terms")}</Link>
            </li>
            <li>
              <Link to="/accessibility">{t("legal:footer.accessibility")}</Link>
            </li>
            <li>
              <Link to="/contact">{t("legal:footer.contact")}</Link>
            </li>
          </ul>
        </nav>
        <Form method="post" action="/language" className="language-switcher">
          <input type="hidden" name="redirectTo" value={root?.path ?? "/"} />
          <label htmlFor="language-select">{t("footer.language")}</label>
          <select id="language-select" name="language" defaultValue={i18n.language}>
            {supportedLanguages.map((lng) => (
              <option key={lng} value={lng} lang={lng}>
                {t(`languages.${lng}`, { lng })}
              </option>
            ))}
          </select>
          <SubmitButton formAction="/language" className="button button-secondary" pendingLabel={t("pending.changing")}>
            {t("footer.apply")}
          </SubmitButton>
        </Form>
      </div>
    </footer>
  );
}
